namespace Kugelpos.Receipts;

/// <summary>What a line of a slip is; written as its name in the line's <c>type</c> attribute.</summary>
public enum ReceiptLineType
{
    /// <summary>Text, aligned as the line's <see cref="ReceiptAlign"/> says.</summary>
    Text,

    /// <summary>A border across the slip.</summary>
    Line,
}
