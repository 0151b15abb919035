using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Tenants;

/// <summary>The body of <c>POST /api/v1/tenants</c> (OpenAPI schema <c>TenantCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record TenantCreateRequest
{
    /// <summary>The longest tenant name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The tenant to create; it must be the tenant of the caller's token.</summary>
    [Required(ErrorMessage = "tenantId is required")]
    [TenantId]
    public string? TenantId { get; init; }

    /// <summary>The tenant's name (required, not blank).</summary>
    [Required(ErrorMessage = "tenantName is required and must not be blank")]
    [StringLength(MaxNameLength, ErrorMessage = "tenantName must be at most {1} characters")]
    [NoControlCharacters]
    public string? TenantName { get; init; }

    /// <summary>Free tags (required, as in the original; may be empty).</summary>
    [Required(ErrorMessage = "tags is required")]
    [TextList(MaxCount = 20, MaxLength = 50, ErrorMessage = "{0} must hold at most 20 tags, each 1 to 50 characters without control characters")]
    public IReadOnlyList<string?>? Tags { get; init; }
}
