using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>
/// One item to add, already resolved by the caller to its master record (store price included), so
/// the actor reads no master data.
/// </summary>
public sealed record CartItemEntry
{
    /// <summary>The item as master data knows it; its code is the item code asked for.</summary>
    public required ItemMaster Item { get; init; }

    /// <summary>The quantity.</summary>
    public required int Quantity { get; init; }

    /// <summary>The price asked for; null (or 0) takes the store's price, else the item's.</summary>
    public decimal? UnitPrice { get; init; }
}
