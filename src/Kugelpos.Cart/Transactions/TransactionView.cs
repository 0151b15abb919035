using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Transactions;

/// <summary>A transaction as the API shows it (OpenAPI schema <c>Tran</c>, camelCase), built as the original's transform_tran.</summary>
public sealed record TransactionView
{
    public required string TenantId { get; init; }

    public required string StoreCode { get; init; }

    public string? StoreName { get; init; }

    public required int TerminalNo { get; init; }

    /// <summary>The total with tax, as the original shows it here.</summary>
    public decimal TotalAmount { get; init; }

    public decimal TotalAmountWithTax { get; init; }

    public int TotalQuantity { get; init; }

    public decimal TotalDiscountAmount { get; init; }

    public decimal SubtotalAmount { get; init; }

    public decimal DepositAmount { get; init; }

    public decimal ChangeAmount { get; init; }

    public decimal? StampDutyAmount { get; init; }

    public int? ReceiptNo { get; init; }

    public int? TransactionNo { get; init; }

    public int? TransactionType { get; init; }

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

    public required TransactionStatusView Status { get; init; }

    public static TransactionView From(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var sales = log.Sales ?? new TransactionSales();
        return new TransactionView
        {
            TenantId = log.TenantId,
            StoreCode = log.StoreCode,
            StoreName = log.StoreName,
            TerminalNo = log.TerminalNo,
            TotalAmount = sales.TotalAmountWithTax,
            TotalAmountWithTax = sales.TotalAmountWithTax,
            TotalQuantity = sales.TotalQuantity,
            TotalDiscountAmount = sales.TotalDiscountAmount,
            SubtotalAmount = sales.TotalAmount,
            DepositAmount = log.Payments.Sum(p => p.DepositAmount),
            ChangeAmount = sales.ChangeAmount,
            StampDutyAmount = sales.StampDutyAmount,
            ReceiptNo = log.ReceiptNo,
            TransactionNo = log.TransactionNo,
            TransactionType = (int?)log.TransactionType,
            BusinessDate = log.BusinessDate?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            GenerateDateTime = log.GenerateDateTime,
            LineItems = [.. log.LineItems.Select(TransactionLineItemView.From)],
            Payments = [.. log.Payments.Select(TransactionPaymentView.From)],
            Taxes = [.. log.Taxes.Select(TransactionTaxView.From)],
            SubtotalDiscounts = [.. log.SubtotalDiscounts.Select(TransactionDiscountView.From)],
            ReceiptText = log.ReceiptText,
            JournalText = log.JournalText,
            Staff = log.Staff,
            Status = new TransactionStatusView(sales.IsCancelled, log.IsVoided, log.IsRefunded),
        };
    }
}
