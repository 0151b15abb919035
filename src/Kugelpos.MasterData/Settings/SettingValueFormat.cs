using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Kugelpos.MasterData.Settings;

/// <summary>
/// The original's rewriting of a setting value that looks like JSON (trimmed, it starts with <c>[</c> or
/// <c>{</c> and ends with <c>]</c> or <c>}</c>) into the JSON Python's <c>json.dumps</c> writes: read as JSON,
/// else as a Python literal (<c>[{'text': 'Hello'}]</c>); a value that is neither is kept as sent. Readers
/// of settings (the cart's receipt headers) parse the stored text as JSON.
/// </summary>
internal static class SettingValueFormat
{
    // Deeper than any setting needs, shallow enough for the recursive writer.
    private const int MaxJsonDepth = 256;

    /// <summary>The value as the original stores it.</summary>
    public static string Normalize(string value)
    {
        if (!LooksLikeJson(value))
        {
            return value;
        }

        return TryReadJson(value, out var parsed) || PythonLiteralParser.TryParse(value, out parsed)
            ? PythonJson.Dumps(parsed)
            : value;
    }

    /// <summary>Whether the trimmed value starts with <c>[</c> or <c>{</c> and ends with <c>]</c> or <c>}</c>.</summary>
    public static bool LooksLikeJson(string value)
    {
        var start = 0;
        var end = value.Length - 1;
        while (start <= end && IsPythonSpace(value[start]))
        {
            start++;
        }

        while (end >= start && IsPythonSpace(value[end]))
        {
            end--;
        }

        return start < end && value[start] is '[' or '{' && value[end] is ']' or '}';
    }

    // What Python's str.strip() removes: Unicode white space and the separators \x1c to \x1f.
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    private static bool TryReadJson(string value, out object? parsed)
    {
        try
        {
            using var document = JsonDocument.Parse(value, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
            parsed = Read(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            parsed = null;
            return false;
        }
    }

    private static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ReadNumber(element.GetRawText()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PythonDict ReadObject(JsonElement element)
    {
        var dict = new PythonDict();
        foreach (var property in element.EnumerateObject())
        {
            dict.Set(property.Name, Read(property.Value));
        }

        return dict;
    }

    // Python's json reads a number without fraction or exponent as an int of any size, the others as floats.
    private static object ReadNumber(string text) =>
        text.AsSpan().IndexOfAny('.', 'e', 'E') < 0
            ? BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
