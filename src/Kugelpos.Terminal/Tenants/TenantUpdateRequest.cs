using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The body of <c>PUT /api/v1/tenants/{tenant_id}</c> (OpenAPI schema <c>TenantUpdateRequest</c>): both fields are replaced.</summary>
public sealed record TenantUpdateRequest
{
    /// <summary>The tenant's new name (required, not blank).</summary>
    [Required(ErrorMessage = "tenantName is required and must not be blank")]
    [StringLength(TenantCreateRequest.MaxNameLength, ErrorMessage = "tenantName must be at most {1} characters")]
    [NoControlCharacters]
    public string? TenantName { get; init; }

    /// <summary>The tenant's new tags (required; may be empty).</summary>
    [Required(ErrorMessage = "tags is required")]
    [TextList(MaxCount = 20, MaxLength = 50, ErrorMessage = "{0} must hold at most 20 tags, each 1 to 50 characters without control characters")]
    public IReadOnlyList<string?>? Tags { get; init; }
}
