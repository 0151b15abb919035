using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Promotions;

/// <summary>The body of <c>POST /promotions</c>, the original's <c>PromotionCreateRequest</c>.</summary>
public sealed record PromotionCreateRequest : IValidatableObject
{
    /// <summary>The code (a master-data code), unique within the tenant.</summary>
    [MasterDataCode]
    public string? PromotionCode { get; init; }

    /// <summary>The kind of promotion; <c>category_discount</c>, the one the original knows.</summary>
    [Required(ErrorMessage = "promotionType is required")]
    [AllowedValues(PromotionTypes.CategoryDiscount, ErrorMessage = "promotionType must be category_discount")]
    public string? PromotionType { get; init; }

    /// <summary>The name (required, not blank).</summary>
    [Required(ErrorMessage = "name is required and must not be blank")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "name must be at most {1} characters")]
    [NoControlCharacters]
    public string? Name { get; init; }

    /// <summary>A longer description, optional.</summary>
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }

    /// <summary>When it starts, ISO 8601 (required).</summary>
    [IsoDateTime]
    public string? StartDatetime { get; init; }

    /// <summary>When it ends, ISO 8601, after the start (required).</summary>
    [IsoDateTime]
    public string? EndDatetime { get; init; }

    /// <summary>Whether it is switched on; true when absent, as in the original.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The targets and rate; required for a category discount.</summary>
    public PromotionDetailRequest? Detail { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PromotionDates.CheckOrder(StartDatetime, EndDatetime) is { } order)
        {
            yield return order;
        }

        if (PromotionType == PromotionTypes.CategoryDiscount && Detail is null)
        {
            yield return new ValidationResult("detail is required for category_discount type", [nameof(Detail)]);
        }
    }
}
