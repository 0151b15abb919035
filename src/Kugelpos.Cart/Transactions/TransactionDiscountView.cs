using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Transactions;

/// <summary>OpenAPI schema <c>BaseDiscount</c>.</summary>
public sealed record TransactionDiscountView(string? DiscountType, decimal DiscountValue, decimal DiscountAmount, string? DiscountDetail, string? PromotionCode, string? PromotionType)
{
    public static TransactionDiscountView From(TransactionDiscount discount)
    {
        ArgumentNullException.ThrowIfNull(discount);
        return new(discount.DiscountType, discount.DiscountValue, discount.DiscountAmount, discount.Detail, discount.PromotionCode, discount.PromotionType);
    }
}
