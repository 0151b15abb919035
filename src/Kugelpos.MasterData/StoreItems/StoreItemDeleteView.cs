namespace Kugelpos.MasterData.StoreItems;

/// <summary>The deleted store item (OpenAPI schema <c>ItemStoreDeleteResponse</c>).</summary>
/// <param name="ItemCode">The common item.</param>
public sealed record StoreItemDeleteView(string ItemCode);
