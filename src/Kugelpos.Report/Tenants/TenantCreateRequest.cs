using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Report.Tenants;

/// <summary>The body of the report's <c>POST /api/v1/tenants</c> (OpenAPI schema <c>TenantCreateRequest</c>).</summary>
public sealed record TenantCreateRequest
{
    /// <summary>The tenant to set up: the tenant of the caller's token.</summary>
    [Required(ErrorMessage = "tenantId is required")]
    [TenantId]
    public string? TenantId { get; init; }
}
