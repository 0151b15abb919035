namespace Kugelpos.Receipts;

/// <summary>How a text line is placed; written as its name in the line's <c>align</c> attribute.</summary>
public enum ReceiptAlign
{
    /// <summary>The description at the left.</summary>
    Left,

    /// <summary>The description centred.</summary>
    Center,

    /// <summary>The description at the right.</summary>
    Right,

    /// <summary>Item1 at the left and Item2 at the right, one space between.</summary>
    Split,
}
