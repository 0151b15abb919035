namespace Kugelpos.Cart.Plugins.Standard.Promotions;

/// <summary>The detail of a category discount as master-data serves it (the original's CategoryPromoDetail).</summary>
internal sealed record CategoryPromotionDetail
{
    /// <summary>The categories it discounts.</summary>
    public IReadOnlyList<string> TargetCategoryCodes { get; init; } = [];

    /// <summary>The discount in percent.</summary>
    public decimal DiscountRate { get; init; }
}
