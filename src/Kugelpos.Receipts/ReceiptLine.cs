namespace Kugelpos.Receipts;

/// <summary>
/// One line of a slip, as the original's receipt model holds it: a text line with its description
/// (Left, Center, Right) or its two items (Split), or a border. Made by <see cref="ReceiptPage"/>.
/// </summary>
public sealed record ReceiptLine
{
    /// <summary>
    /// The width a split line is fitted to, whatever the slip's width: the original fits item1 to
    /// 32 columns less item2 and the space between.
    /// </summary>
    public const int SplitWidth = 32;

    private ReceiptLine()
    {
    }

    /// <summary>Text or border.</summary>
    public ReceiptLineType Type { get; private init; }

    /// <summary>The placement of a text line; null for a border.</summary>
    public ReceiptAlign? Align { get; private init; }

    /// <summary>The printer's dimension of the line (the original's <c>QR_CODE</c>); null for plain text.</summary>
    public string? Dimension { get; private init; }

    /// <summary>The text of a Left, Center or Right line.</summary>
    public string? Description { get; private init; }

    /// <summary>The left item of a split line, already fitted (see <see cref="SplitWidth"/>).</summary>
    public string? Item1 { get; private init; }

    /// <summary>The right item of a split line.</summary>
    public string? Item2 { get; private init; }

    /// <summary>A text line placed as <paramref name="align"/> says; for a split line use <see cref="Split"/>.</summary>
    public static ReceiptLine Text(ReceiptAlign align, string text)
    {
        if (align == ReceiptAlign.Split)
        {
            throw new ArgumentException("A split line has two items.", nameof(align));
        }

        return new ReceiptLine { Type = ReceiptLineType.Text, Align = align, Description = text };
    }

    /// <summary>
    /// A split line. <paramref name="item1"/> is cut or padded to <see cref="SplitWidth"/> less the
    /// width of <paramref name="item2"/> and one space, as the original does when the line is made.
    /// </summary>
    public static ReceiptLine Split(string item1, string item2)
    {
        ArgumentNullException.ThrowIfNull(item1);
        ArgumentNullException.ThrowIfNull(item2);
        var item1Width = Math.Max(0, SplitWidth - TextHelper.Width(item2) - 1);
        return new ReceiptLine
        {
            Type = ReceiptLineType.Text,
            Align = ReceiptAlign.Split,
            Item1 = TextHelper.FixedLeft(item1, item1Width, truncate: true),
            Item2 = item2,
        };
    }

    /// <summary>A border across the slip.</summary>
    public static ReceiptLine Border() => new() { Type = ReceiptLineType.Line };
}
