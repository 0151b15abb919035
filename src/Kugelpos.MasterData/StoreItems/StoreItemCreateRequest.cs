using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>The body of a store item creation (OpenAPI schema <c>ItemStoreCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record StoreItemCreateRequest : StoreItemUpdateRequest
{
    /// <summary>The common item the store overrides; it must exist.</summary>
    [MasterDataCode]
    public string? ItemCode { get; init; }
}
