namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>The two ways to reverse a stored transaction.</summary>
public enum ReversalKind
{
    /// <summary>A void: 101 becomes 201, 102 becomes 202; the payments must match the original's.</summary>
    Void,

    /// <summary>A return of a normal sale: 101 becomes 102.</summary>
    Return,
}
