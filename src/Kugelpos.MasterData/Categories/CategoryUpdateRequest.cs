using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Taxes;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Categories;

/// <summary>The body of a category update (OpenAPI schema <c>CategoryMasterUpdateRequest</c>); the code comes from the path.</summary>
public record CategoryUpdateRequest
{
    /// <summary>The name (required, at most 256 characters).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "description is required")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }

    /// <summary>The short name (required, at most 256 characters).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "descriptionShort is required")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "descriptionShort must be at most {1} characters")]
    [NoControlCharacters]
    public string? DescriptionShort { get; init; }

    /// <summary>A tax code of the tax master.</summary>
    [TaxCode]
    public string? TaxCode { get; init; }
}
