namespace Kugelpos.ServiceDefaults.Tenants;

/// <summary>The prepared tenant (the original's <c>TenantCreateResponse</c>).</summary>
/// <param name="TenantId">The tenant.</param>
public sealed record TenantView(string TenantId);
