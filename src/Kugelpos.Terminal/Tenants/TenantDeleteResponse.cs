namespace Kugelpos.Terminal.Tenants;

/// <summary>The answer to a tenant deletion (OpenAPI schema <c>TenantDeleteResponse</c>).</summary>
/// <param name="TenantId">The deleted tenant.</param>
public sealed record TenantDeleteResponse(string TenantId);
