namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>Items to add to the cart, in order.</summary>
public sealed record AddItemsRequest
{
    /// <summary>The items.</summary>
    public required IReadOnlyList<CartItemEntry> Items { get; init; }
}
