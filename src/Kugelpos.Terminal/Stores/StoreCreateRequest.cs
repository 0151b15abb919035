using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;
using Kugelpos.Terminal.Validation;

namespace Kugelpos.Terminal.Stores;

/// <summary>The body of <c>POST /api/v1/tenants/{tenant_id}/stores</c> (OpenAPI schema <c>StoreCreateRequest</c>).</summary>
public sealed record StoreCreateRequest
{
    /// <summary>The longest store name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The store code, unique within the tenant.</summary>
    [Required(ErrorMessage = "storeCode is required")]
    [StoreCode]
    public string? StoreCode { get; init; }

    /// <summary>The store's name (required, not blank).</summary>
    [Required(ErrorMessage = "storeName is required and must not be blank")]
    [StringLength(MaxNameLength, ErrorMessage = "storeName must be at most {1} characters")]
    [NoControlCharacters]
    public string? StoreName { get; init; }

    /// <summary>The initial status; <see cref="Stores.StoreStatus.Idle"/> when absent.</summary>
    [StoreStatus]
    public string? Status { get; init; }

    /// <summary>The business date, <c>YYYYMMDD</c>, if any.</summary>
    [BusinessDate]
    public string? BusinessDate { get; init; }

    /// <summary>Free tags, if any.</summary>
    [TextList(MaxCount = 20, MaxLength = 50, ErrorMessage = "{0} must hold at most 20 tags, each 1 to 50 characters without control characters")]
    public IReadOnlyList<string?>? Tags { get; init; }
}
