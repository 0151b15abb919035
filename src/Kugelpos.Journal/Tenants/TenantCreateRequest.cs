using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Journal.Tenants;

/// <summary>The body of the journal's <c>POST /api/v1/tenants</c> (OpenAPI schema <c>TenantCreateRequest</c>).</summary>
public sealed record TenantCreateRequest
{
    /// <summary>The tenant to prepare: the tenant of the caller's token.</summary>
    [Required(ErrorMessage = "tenantId is required")]
    [TenantId]
    public string? TenantId { get; init; }
}
