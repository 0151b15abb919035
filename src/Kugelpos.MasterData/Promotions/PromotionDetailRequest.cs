using System.ComponentModel.DataAnnotations;

namespace Kugelpos.MasterData.Promotions;

/// <summary>The <c>detail</c> of a promotion body: target stores and categories, and the rate.</summary>
public sealed record PromotionDetailRequest
{
    /// <summary>The stores it applies in (master-data codes); absent or empty for every store.</summary>
    [CodeList(AllowEmpty = true)]
    public IReadOnlyList<string>? TargetStoreCodes { get; init; }

    /// <summary>The categories it discounts (master-data codes), at least one.</summary>
    [CodeList(AllowEmpty = false)]
    public IReadOnlyList<string>? TargetCategoryCodes { get; init; }

    /// <summary>The discount in percent: above 0, at most 100.</summary>
    [Required(ErrorMessage = "discountRate is required")]
    [Range(typeof(decimal), "0.000001", "100", ErrorMessage = "discountRate must be between 0 and 100")]
    public decimal? DiscountRate { get; init; }

    /// <summary>The stored form; call it only on a validated request.</summary>
    internal CategoryPromotionDetail ToDetail() =>
        new(TargetStoreCodes ?? [], TargetCategoryCodes!, DiscountRate!.Value);
}
