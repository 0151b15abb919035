using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Transactions;

/// <summary>OpenAPI schema <c>BaseTranLineItem</c>.</summary>
public sealed record TransactionLineItemView
{
    public int? LineNo { get; init; }

    public string? ItemCode { get; init; }

    public string? ItemName { get; init; }

    public string? CategoryCode { get; init; }

    public decimal UnitPrice { get; init; }

    public decimal? UnitPriceOriginal { get; init; }

    public bool IsUnitPriceChanged { get; init; }

    public int Quantity { get; init; }

    public decimal Amount { get; init; }

    public IReadOnlyList<TransactionDiscountView> Discounts { get; init; } = [];

    public IReadOnlyList<string> ImageUrls { get; init; } = [];

    public bool IsCancelled { get; init; }

    public static TransactionLineItemView From(TransactionLineItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            LineNo = item.LineNo,
            ItemCode = item.ItemCode,
            ItemName = item.Description,
            CategoryCode = item.CategoryCode,
            UnitPrice = item.UnitPrice,
            UnitPriceOriginal = item.UnitPriceOriginal,
            IsUnitPriceChanged = item.IsUnitPriceChanged,
            Quantity = item.Quantity,
            Amount = item.Amount,
            Discounts = [.. item.Discounts.Select(TransactionDiscountView.From)],
            IsCancelled = item.IsCancelled,
        };
    }

    /// <summary>A cart's line, which shows its image URLs too.</summary>
    public static TransactionLineItemView From(CartLineItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            LineNo = item.LineNo,
            ItemCode = item.ItemCode,
            ItemName = item.Description,
            CategoryCode = item.CategoryCode,
            UnitPrice = item.UnitPrice,
            UnitPriceOriginal = item.UnitPriceOriginal,
            IsUnitPriceChanged = item.IsUnitPriceChanged,
            Quantity = item.Quantity,
            Amount = item.Amount,
            Discounts = [.. item.Discounts.Select(TransactionDiscountView.From)],
            ImageUrls = item.ImageUrls,
            IsCancelled = item.IsCancelled,
        };
    }
}
