using System.Globalization;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Transactions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// A cart as the API shows it (OpenAPI schema <c>Cart</c>, camelCase), built as the original's
/// transform_cart; its parts are the transaction views, the shapes being the same.
/// </summary>
public sealed record CartView
{
    /// <summary>What the original answers for a number the bill has not assigned yet.</summary>
    public const int Unassigned = -1;

    public required string CartId { get; init; }

    /// <summary>The state's name, e.g. <c>EnteringItem</c>.</summary>
    public required string CartStatus { get; init; }

    public required string TenantId { get; init; }

    public required string StoreCode { get; init; }

    public string? StoreName { get; init; }

    public required int TerminalNo { get; init; }

    /// <summary>Total after subtotal discounts, without external tax.</summary>
    public decimal TotalAmount { get; init; }

    public decimal TotalAmountWithTax { get; init; }

    public int TotalQuantity { get; init; }

    public decimal TotalDiscountAmount { get; init; }

    /// <summary>As the original: the sales total (after subtotal discounts), not the sum of the lines.</summary>
    public decimal SubtotalAmount { get; init; }

    public decimal BalanceAmount { get; init; }

    public decimal DepositAmount { get; init; }

    public decimal ChangeAmount { get; init; }

    public decimal? StampDutyAmount { get; init; }

    /// <summary>The receipt number, <see cref="Unassigned"/> until the bill.</summary>
    public int ReceiptNo { get; init; }

    /// <summary>The transaction number, <see cref="Unassigned"/> until the bill.</summary>
    public int TransactionNo { get; init; }

    public int TransactionType { get; init; }

    /// <summary>YYYYMMDD.</summary>
    public string? BusinessDate { get; init; }

    public DateTimeOffset? GenerateDateTime { get; init; }

    public IReadOnlyList<TransactionLineItemView> LineItems { get; init; } = [];

    public IReadOnlyList<TransactionPaymentView> Payments { get; init; } = [];

    public IReadOnlyList<TransactionTaxView> Taxes { get; init; } = [];

    public IReadOnlyList<TransactionDiscountView> SubtotalDiscounts { get; init; } = [];

    public string? ReceiptText { get; init; }

    public string? JournalText { get; init; }

    public TransactionStaff? Staff { get; init; }

    public static CartView From(CartDocument cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var sales = cart.Sales;
        return new CartView
        {
            CartId = cart.CartId,
            CartStatus = cart.State.ToString(),
            TenantId = cart.TenantId,
            StoreCode = cart.StoreCode,
            StoreName = cart.StoreName,
            TerminalNo = cart.TerminalNo,
            TotalAmount = sales.TotalAmount,
            TotalAmountWithTax = sales.TotalAmountWithTax,
            TotalQuantity = sales.TotalQuantity,
            TotalDiscountAmount = sales.TotalDiscountAmount,
            SubtotalAmount = sales.TotalAmount,
            BalanceAmount = cart.BalanceAmount,
            DepositAmount = cart.Payments.Sum(p => p.DepositAmount),
            ChangeAmount = sales.ChangeAmount,
            StampDutyAmount = sales.StampDutyAmount,
            ReceiptNo = cart.ReceiptNo ?? Unassigned,
            TransactionNo = cart.TransactionNo ?? Unassigned,
            TransactionType = (int)cart.TransactionType,
            BusinessDate = cart.BusinessDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            GenerateDateTime = cart.GenerateDateTime,
            LineItems = [.. cart.LineItems.Select(TransactionLineItemView.From)],
            Payments = [.. cart.Payments.Select(TransactionPaymentView.From)],
            Taxes = [.. cart.Taxes.Select(TransactionTaxView.From)],
            SubtotalDiscounts = [.. cart.SubtotalDiscounts.Select(TransactionDiscountView.From)],
            ReceiptText = cart.ReceiptText,
            JournalText = cart.JournalText,
            Staff = cart.Staff,
        };
    }
}
