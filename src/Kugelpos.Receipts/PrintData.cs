using System.Text;

namespace Kugelpos.Receipts;

/// <summary>
/// A slip: its pages of lines, written as the printer's XML (<see cref="ToReceiptXml"/>) and as the
/// journal's text (<see cref="ToJournalText"/>), as the original's <c>PrintData</c>.
/// </summary>
public sealed class PrintData
{
    /// <summary>The slip's usual width in columns.</summary>
    public const int DefaultWidth = 32;

    /// <summary>A slip of the given pages.</summary>
    public PrintData(params IReadOnlyList<ReceiptPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Pages = pages;
    }

    /// <summary>The pages, first first.</summary>
    public IReadOnlyList<ReceiptPage> Pages { get; }

    /// <summary>The receipt text: the PrintData XML the original's POS printer takes, byte for byte.</summary>
    public string ToReceiptXml() => ReceiptXml.Write(this);

    /// <summary>
    /// The journal text: each line of every page placed in <paramref name="width"/> columns, a split
    /// line as item1, a space and item2, a border as dashes; a newline after each.
    /// </summary>
    public string ToJournalText(int width = DefaultWidth)
    {
        var text = new StringBuilder();
        foreach (var line in Pages.SelectMany(page => page.Lines))
        {
            text.Append(line.Type == ReceiptLineType.Line ? new string('-', Math.Max(0, width)) : Place(line, width)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Both forms of the slip, as the original keeps them with a log.</summary>
    public ReceiptData ToReceiptData(int width = DefaultWidth) => new(ToReceiptXml(), ToJournalText(width));

    private static string Place(ReceiptLine line, int width)
    {
        var description = line.Description ?? string.Empty;
        return line.Align switch
        {
            ReceiptAlign.Center => TextHelper.FixedCenter(description, width),
            ReceiptAlign.Right => TextHelper.FixedRight(description, width),
            ReceiptAlign.Split => (line.Item1 ?? string.Empty) + " " + (line.Item2 ?? string.Empty),
            _ => TextHelper.FixedLeft(description, width),
        };
    }
}
