using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>The body of a store item update (OpenAPI schema <c>ItemStoreUpdateRequest</c>); the codes come from the path.</summary>
public record StoreItemUpdateRequest
{
    /// <summary>The store's price, from 0.</summary>
    [Amount]
    public decimal? StorePrice { get; init; }
}
