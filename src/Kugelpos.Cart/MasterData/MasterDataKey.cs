namespace Kugelpos.Cart.MasterData;

/// <summary>What one cached answer of master data is for: the kind of resource, the tenant, the store (empty where none applies) and the code.</summary>
/// <param name="Kind">Item, payment, setting, promotions or taxes.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store, or empty.</param>
/// <param name="Code">The code, or empty for a whole list.</param>
internal sealed record MasterDataKey(string Kind, string TenantId, string StoreCode, string Code);
