namespace Kugelpos.Cart.Abstractions;

/// <summary>The states of a cart (DOMAIN.md "Cart").</summary>
public enum CartState
{
    /// <summary>Not created yet.</summary>
    Initial,

    /// <summary>Created, no item yet.</summary>
    Idle,

    /// <summary>Items are being entered.</summary>
    EnteringItem,

    /// <summary>Subtotalled; payments are being taken.</summary>
    Paying,

    /// <summary>Billed.</summary>
    Completed,

    /// <summary>Cancelled before billing.</summary>
    Cancelled,
}
