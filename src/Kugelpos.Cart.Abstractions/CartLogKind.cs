namespace Kugelpos.Cart.Abstractions;

/// <summary>What closes a cart with a transaction log.</summary>
public enum CartLogKind
{
    /// <summary>The bill: a completed sale.</summary>
    Bill,

    /// <summary>The cancel: a sale flagged cancelled.</summary>
    Cancel,
}
