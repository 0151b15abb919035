namespace Kugelpos.Terminal.Stores;

/// <summary>The answer to a store deletion (OpenAPI schema <c>StoreDeleteResponse</c>).</summary>
/// <param name="StoreCode">The deleted store.</param>
public sealed record StoreDeleteResponse(string StoreCode);
