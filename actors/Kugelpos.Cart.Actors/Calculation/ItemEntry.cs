using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>An item to add to the cart, with what the terminal asked for.</summary>
/// <param name="Item">The item's master data (store item details).</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="UnitPrice">The price asked for, or null (or 0) for the store's or item's price.</param>
public sealed record ItemEntry(ItemMaster Item, int Quantity, decimal? UnitPrice = null);
