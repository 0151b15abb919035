namespace Kugelpos.MasterData.Tenants;

/// <summary>The prepared tenant (OpenAPI schema <c>TenantCreateResponse</c>).</summary>
/// <param name="TenantId">The tenant.</param>
public sealed record TenantView(string TenantId);
