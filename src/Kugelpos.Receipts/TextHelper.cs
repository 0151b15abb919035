using System.Globalization;
using System.Text;
using Wcwidth;

namespace Kugelpos.Receipts;

/// <summary>
/// The text helpers of the original's slips (kugel_common TextHelper), with its display widths: a
/// column per ordinary character, two for a wide one (a kanji, <c>【</c>), none for a combining mark.
/// </summary>
public static class TextHelper
{
    // The newest table of the wcwidth release the original pins (0.2.14).
    private const Unicode UnicodeVersion = Unicode.Version_15_1_0;

    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// The display width of <paramref name="text"/> as Python's <c>wcwidth.wcswidth</c>: -1 when it
    /// holds a control character (the helpers below then carry on with -1, as the original does).
    /// A zero width joiner hides itself and the character after it.
    /// </summary>
    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        var skipNext = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (skipNext)
            {
                skipNext = false;
                continue;
            }

            if (rune.Value == ZeroWidthJoiner)
            {
                skipNext = true;
                continue;
            }

            var columns = Width(rune);
            if (columns < 0)
            {
                return columns;
            }

            width += columns;
        }

        return width;
    }

    /// <summary><paramref name="width"/> spaces.</summary>
    public static string Space(int width) => new(' ', Math.Max(0, width));

    /// <summary>
    /// The amount rounded to a whole number (half to even) with thousands separated by commas, as
    /// Python's <c>"{:,.0f}"</c>: <c>1,234,568</c>, <c>-1,000</c>.
    /// </summary>
    public static string Comma(decimal value)
    {
        var whole = Math.Round(Math.Abs(value), 0, MidpointRounding.ToEven);
        var digits = whole.ToString("#,0", CultureInfo.InvariantCulture);

        // Python keeps the sign of an amount that rounds to nothing: -0.4 is "-0".
        return value < 0 ? "-" + digits : digits;
    }

    /// <summary>
    /// The amount with the currency mark before it (<c>\1,000</c>); a negative amount takes a minus
    /// sign in place of the mark (<c>-1,000</c>).
    /// </summary>
    /// <remarks>
    /// The original writes the minus in place of the mark and then the comma form of the negative
    /// amount, which has its own: <c>--1,000</c>. Its description says the minus replaces the mark,
    /// so ours prints one minus.
    /// </remarks>
    public static string Yen(decimal value, string mark = "\\") =>
        value < 0 ? "-" + Comma(-value) : mark + Comma(value);

    /// <summary>
    /// <paramref name="value"/> padded on the left with zeros to <paramref name="width"/> characters,
    /// after a leading sign, as Python's <c>str.zfill</c>: <c>"123"</c> to 6 is <c>"000123"</c>,
    /// <c>"-12"</c> is <c>"-00012"</c>, <c>"ab"</c> is <c>"0000ab"</c>.
    /// </summary>
    public static string ZeroFill(string value, int width)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = value.EnumerateRunes().Count();
        if (length >= width)
        {
            return value;
        }

        var zeros = new string('0', width - length);
        return value.Length > 0 && value[0] is '+' or '-'
            ? value[0] + zeros + value[1..]
            : zeros + value;
    }

    /// <summary><see cref="ZeroFill(string, int)"/> of a number.</summary>
    public static string ZeroFill(long value, int width) => ZeroFill(value.ToString(CultureInfo.InvariantCulture), width);

    /// <summary>
    /// The longest start of <paramref name="text"/> that fits <paramref name="maxWidth"/> columns
    /// with <paramref name="suffix"/> after it (the original's <c>truncate_text</c>); the text itself
    /// when it fits, nothing for a width of zero or less.
    /// </summary>
    public static string Truncate(string text, int maxWidth, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(suffix);
        if (maxWidth <= 0)
        {
            return string.Empty;
        }

        if (Width(text) <= maxWidth)
        {
            return text;
        }

        var target = maxWidth - (suffix.Length > 0 ? Width(suffix) : 0);
        if (target <= 0)
        {
            return suffix[..Math.Min(maxWidth, suffix.Length)];
        }

        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var columns = Width(rune);
            if (used + columns > target)
            {
                break;
            }

            result.Append(rune.ToString());
            used += columns;
        }

        return result.Append(suffix).ToString();
    }

    /// <summary>
    /// <paramref name="text"/> padded with spaces on the right to <paramref name="width"/> columns;
    /// longer text stays whole unless <paramref name="truncate"/>, when it is cut to fit.
    /// </summary>
    /// <remarks>
    /// As in the original, the padding is reckoned from the width before cutting: a cut that ends a
    /// column short (a wide character that no longer fits) is not padded up.
    /// </remarks>
    public static string FixedLeft(string text, int width, bool truncate = false)
    {
        var current = Width(text);
        if (truncate && current > width)
        {
            text = Truncate(text, width);
        }

        return text + Space(width - current);
    }

    /// <summary><paramref name="text"/> padded with spaces on the left to <paramref name="width"/> columns; longer text stays whole.</summary>
    public static string FixedRight(string text, int width) => Space(width - Width(text)) + text;

    /// <summary><paramref name="text"/> centred in <paramref name="width"/> columns, the odd space on the right; longer text stays whole.</summary>
    public static string FixedCenter(string text, int width)
    {
        var padding = Math.Max(0, width - Width(text));
        var left = padding / 2;
        return Space(left) + text + Space(padding - left);
    }

    private static int Width(Rune rune) => UnicodeCalculator.GetWidth(rune, UnicodeVersion);
}
