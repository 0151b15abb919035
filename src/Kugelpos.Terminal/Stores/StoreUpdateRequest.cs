using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;
using Kugelpos.Terminal.Validation;

namespace Kugelpos.Terminal.Stores;

/// <summary>
/// The body of <c>PUT /api/v1/tenants/{tenant_id}/stores/{store_code}</c> (OpenAPI schema
/// <c>StoreUpdateRequest</c>). As in the original, an absent or empty status, business date or tag
/// list leaves the stored value as it is.
/// </summary>
public sealed record StoreUpdateRequest
{
    /// <summary>The store's new name (required, not blank).</summary>
    [Required(ErrorMessage = "storeName is required and must not be blank")]
    [StringLength(StoreCreateRequest.MaxNameLength, ErrorMessage = "storeName must be at most {1} characters")]
    [NoControlCharacters]
    public string? StoreName { get; init; }

    /// <summary>The new status, or null to keep it.</summary>
    [StoreStatus]
    public string? Status { get; init; }

    /// <summary>The new business date, <c>YYYYMMDD</c>, or null to keep it.</summary>
    [BusinessDate]
    public string? BusinessDate { get; init; }

    /// <summary>The new tags, or null or empty to keep them.</summary>
    [TextList(MaxCount = 20, MaxLength = 50, ErrorMessage = "{0} must hold at most 20 tags, each 1 to 50 characters without control characters")]
    public IReadOnlyList<string?>? Tags { get; init; }
}
