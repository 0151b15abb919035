using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Terminal.Stores;

namespace Kugelpos.Terminal.Tenants;

/// <summary>A tenant as the API returns it (OpenAPI schema <c>Tenant</c>), with all its stores.</summary>
/// <param name="TenantId">The tenant id.</param>
/// <param name="TenantName">The tenant's name.</param>
/// <param name="Tags">Free tags.</param>
/// <param name="Stores">Every store of the tenant, by store code.</param>
/// <param name="EntryDatetime">When the tenant was created, <c>yyyy-MM-dd HH:mm:ss</c> (UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record TenantView(
    string TenantId,
    string TenantName,
    IReadOnlyList<string> Tags,
    IReadOnlyList<StoreView> Stores,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static TenantView From(TenantDocument tenant, IReadOnlyList<StoreDocument> stores) => new(
        tenant.Id, tenant.TenantName, tenant.Tags, [.. stores.Select(StoreView.From)], ResponseTimestamps.Format(tenant.CreatedAt), ResponseTimestamps.Format(tenant.UpdatedAt));
}
