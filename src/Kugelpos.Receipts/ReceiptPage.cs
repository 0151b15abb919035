namespace Kugelpos.Receipts;

/// <summary>
/// A page of a slip, built line by line from the top (the original's <c>line_left</c>,
/// <c>line_center</c>, <c>line_right</c>, <c>line_split</c> and <c>line_boarder</c>); each method
/// answers the page, so the lines chain.
/// </summary>
public sealed class ReceiptPage
{
    private readonly List<ReceiptLine> _lines = [];

    /// <summary>The lines, top first.</summary>
    public IReadOnlyList<ReceiptLine> Lines => _lines;

    /// <summary>Adds a line made elsewhere.</summary>
    public ReceiptPage Add(ReceiptLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        _lines.Add(line);
        return this;
    }

    /// <summary>Adds <paramref name="text"/> at the left.</summary>
    public ReceiptPage LineLeft(string text) => Add(ReceiptLine.Text(ReceiptAlign.Left, text));

    /// <summary>Adds <paramref name="text"/> centred.</summary>
    public ReceiptPage LineCenter(string text) => Add(ReceiptLine.Text(ReceiptAlign.Center, text));

    /// <summary>Adds <paramref name="text"/> at the right.</summary>
    public ReceiptPage LineRight(string text) => Add(ReceiptLine.Text(ReceiptAlign.Right, text));

    /// <summary>Adds <paramref name="item1"/> at the left and <paramref name="item2"/> at the right (see <see cref="ReceiptLine.Split"/>).</summary>
    public ReceiptPage LineSplit(string item1, string item2) => Add(ReceiptLine.Split(item1, item2));

    /// <summary>Adds a border.</summary>
    public ReceiptPage Border() => Add(ReceiptLine.Border());
}
