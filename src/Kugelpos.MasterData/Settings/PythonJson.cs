using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// Writes a parsed value as Python's <c>json.dumps(value, ensure_ascii=False)</c> does, byte for byte:
/// separators <c>", "</c> and <c>": "</c>, only quotes, backslashes and control characters escaped,
/// ints as written and floats in Python's <c>repr</c> form.
/// </summary>
/// <remarks>
/// Values are <see langword="null"/>, <see cref="bool"/>, <see cref="string"/>, <see cref="BigInteger"/>,
/// <see cref="double"/>, a list of values or a <see cref="PythonDict"/>.
/// </remarks>
internal static class PythonJson
{
    /// <summary>The JSON text of the value.</summary>
    public static string Dumps(object? value)
    {
        var json = new StringBuilder();
        Write(json, value);
        return json.ToString();
    }

    /// <summary>
    /// Python's <c>repr</c> of a float: the shortest digits that read back to it, in exponent form
    /// (<c>1e-05</c>, <c>1e+16</c>) when the decimal point falls before the fourth leading zero or after
    /// the sixteenth digit, otherwise with at least one digit after the point (<c>1000.0</c>).
    /// </summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }

        var (digits, point) = ShortestDigits(Math.Abs(value));
        if (point > 16 || point < -3)
        {
            var mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            var exponent = point - 1;
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture)}";
        }

        if (point <= 0)
        {
            return $"{sign}0.{new string('0', -point)}{digits}";
        }

        return point >= digits.Length
            ? $"{sign}{digits}{new string('0', point - digits.Length)}.0"
            : $"{sign}{digits[..point]}.{digits[point..]}";
    }

    // .NET's round-trip format holds the same shortest digits as Python's repr, only laid out differently:
    // the value is 0.<digits> times ten to the power of point.
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var point = (dot < 0 ? text.Length : dot) + exponent;
        var significant = digits.TrimStart('0');
        point -= digits.Length - significant.Length;
        return (significant.TrimEnd('0'), point);
    }

    private static void Write(StringBuilder json, object? value)
    {
        switch (value)
        {
            case null:
                json.Append("null");
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case string text:
                WriteString(json, text);
                break;
            case BigInteger number:
                json.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                json.Append(FloatRepr(number));
                break;
            case IReadOnlyList<object?> items:
                json.Append('[');
                for (var index = 0; index < items.Count; index++)
                {
                    json.Append(index == 0 ? "" : ", ");
                    Write(json, items[index]);
                }

                json.Append(']');
                break;
            case PythonDict dict:
                json.Append('{');
                for (var index = 0; index < dict.Entries.Count; index++)
                {
                    json.Append(index == 0 ? "" : ", ");
                    WriteString(json, KeyText(dict.Entries[index].Key));
                    json.Append(": ");
                    Write(json, dict.Entries[index].Value);
                }

                json.Append('}');
                break;
            default:
                throw new ArgumentException($"{value.GetType().Name} is not a JSON value.", nameof(value));
        }
    }

    // json.dumps turns the scalar keys it accepts into strings the way it writes them as values.
    private static string KeyText(object? key) => key switch
    {
        string text => text,
        null => "null",
        bool flag => flag ? "true" : "false",
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        double number => FloatRepr(number),
        _ => throw new ArgumentException($"{key.GetType().Name} is not a JSON key.", nameof(key)),
    };

    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        json.Append('"');
    }
}
