using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.ServiceDefaults.Tenants;

/// <summary>
/// The body of a service's <c>POST /api/v1/tenants</c> (OpenAPI schema <c>TenantCreateRequest</c>);
/// <c>tenant_id</c> accepted too.
/// </summary>
public sealed record TenantCreateRequest
{
    /// <summary>The tenant to prepare: the tenant of the caller's token.</summary>
    [Required(ErrorMessage = "tenantId is required")]
    [TenantId]
    public string? TenantId { get; init; }
}
