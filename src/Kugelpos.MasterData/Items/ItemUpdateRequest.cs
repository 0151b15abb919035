using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Taxes;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Items;

/// <summary>The body of a common item update (OpenAPI schema <c>ItemUpdateRequest</c>); the code comes from the path.</summary>
public record ItemUpdateRequest
{
    /// <summary>The name (required, at most 256 characters).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "description is required")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }

    /// <summary>The common price, from 0.</summary>
    [Amount]
    public decimal? UnitPrice { get; init; }

    /// <summary>The cost, from 0.</summary>
    [Amount]
    public decimal? UnitCost { get; init; }

    /// <summary>Further lines of description (required, may be empty).</summary>
    [TextList(MaxCount = MasterDataLimits.MaxListCount, MaxLength = MasterDataLimits.MaxListEntryLength, AllowBlankEntries = true, AllowNull = false, ErrorMessage = "{0} must be a list of at most 100 texts of at most 2048 characters each, without control characters")]
    public string[]? ItemDetails { get; init; }

    /// <summary>Pictures (required, may be empty).</summary>
    [TextList(MaxCount = MasterDataLimits.MaxListCount, MaxLength = MasterDataLimits.MaxListEntryLength, AllowBlankEntries = true, AllowNull = false, ErrorMessage = "{0} must be a list of at most 100 texts of at most 2048 characters each, without control characters")]
    public string[]? ImageUrls { get; init; }

    /// <summary>The item's category.</summary>
    [MasterDataCode]
    public string? CategoryCode { get; init; }

    /// <summary>A tax code of the tax master.</summary>
    [TaxCode]
    public string? TaxCode { get; init; }

    /// <summary>Whether discounts are refused; false when absent or null, as the original.</summary>
    public bool? IsDiscountRestricted { get; init; }
}
