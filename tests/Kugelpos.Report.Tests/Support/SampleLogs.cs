using Kugelpos.Contracts;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Tests.Support;

/// <summary>Logs as the cart and the terminal publish them, built by hand with known figures.</summary>
internal static class SampleLogs
{
    public const string Store = "S01";

    public static readonly DateOnly Day = new(2026, 11, 30);

    public const string DayText = "20261130";

    public static readonly DateTimeOffset Morning = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>External 10% tax on <paramref name="target"/>.</summary>
    public static TransactionTax ExternalTax(decimal target, int quantity) =>
        new() { TaxNo = 1, TaxCode = "01", TaxType = "External", TaxName = "外税10%", TaxAmount = decimal.Floor(target * 0.10m), TargetAmount = target, TargetQuantity = quantity };

    /// <summary>Internal 10% tax included in <paramref name="target"/> (rounded down, as the original).</summary>
    public static TransactionTax InternalTax(decimal target, int quantity) =>
        new() { TaxNo = 2, TaxCode = "02", TaxType = "Internal", TaxName = "内税10%", TaxAmount = decimal.Floor(target * 10m / 110m), TargetAmount = target, TargetQuantity = quantity };

    public static TransactionPayment Payment(string code, decimal amount, string description) =>
        new() { PaymentNo = 1, PaymentCode = code, Amount = amount, DepositAmount = amount, Description = description };

    public static TransactionPayment Cash(decimal amount) => Payment("01", amount, "Cash");

    public static TransactionLineItem Line(string item, decimal unitPrice, int quantity, decimal lineDiscount = 0m, bool allocated = false, string category = "C1") => new()
    {
        LineNo = 1,
        ItemCode = item,
        CategoryCode = category,
        Description = item,
        UnitPrice = unitPrice,
        Quantity = quantity,
        Amount = (unitPrice * quantity) - lineDiscount,
        Discounts = lineDiscount == 0m ? [] : [new TransactionDiscount { SeqNo = 1, DiscountType = "DiscountAmount", DiscountValue = lineDiscount, DiscountAmount = lineDiscount }],
        DiscountsAllocated = allocated ? [new TransactionDiscount { SeqNo = 1, DiscountAmount = 1m }] : [],
    };

    /// <summary>
    /// A transaction log. <paramref name="total"/> is without external tax; the amount with tax adds
    /// the external taxes; <paramref name="discount"/> is the transaction's total discount.
    /// </summary>
    public static TransactionLog Transaction(
        int transactionNo,
        TransactionType type,
        decimal total,
        int quantity,
        IReadOnlyList<TransactionTax> taxes,
        IReadOnlyList<TransactionPayment> payments,
        IReadOnlyList<TransactionLineItem>? lines = null,
        IReadOnlyList<TransactionDiscount>? subtotalDiscounts = null,
        decimal discount = 0m,
        bool cancelled = false,
        int terminalNo = 1,
        int openCounter = 1,
        DateOnly? day = null,
        string tenant = ReportTestService.Tenant)
    {
        var externalTax = taxes.Where(t => t.TaxType == "External").Sum(t => t.TaxAmount);
        return new TransactionLog
        {
            EventId = Guid.NewGuid(),
            TenantId = tenant,
            StoreCode = Store,
            TerminalNo = terminalNo,
            BusinessDate = day ?? Day,
            OpenCounter = openCounter,
            BusinessCounter = 1,
            GenerateDateTime = Morning.AddMinutes(transactionNo),
            TransactionNo = transactionNo,
            TransactionType = type,
            ReceiptNo = transactionNo,
            Sales = new TransactionSales
            {
                TotalAmount = total,
                TotalAmountWithTax = total + externalTax,
                TaxAmount = externalTax,
                TotalQuantity = quantity,
                TotalDiscountAmount = discount,
                IsCancelled = cancelled,
            },
            LineItems = lines ?? [Line("ITEM1", total, quantity)],
            Payments = payments,
            Taxes = taxes,
            SubtotalDiscounts = subtotalDiscounts ?? [],
        };
    }

    public static CashInOutLog CashMove(decimal amount, int minute, int terminalNo = 1, int openCounter = 1, string tenant = ReportTestService.Tenant) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = tenant,
        StoreCode = Store,
        TerminalNo = terminalNo,
        BusinessDate = Day,
        OpenCounter = openCounter,
        BusinessCounter = 1,
        GenerateDateTime = Morning.AddMinutes(minute),
        Amount = amount,
        Description = amount > 0 ? "Change" : "Pickup",
        StaffId = "S001",
    };

    public static OpenCloseLog Open(decimal initialAmount, int terminalNo = 1, int openCounter = 1) =>
        OpenClose(TerminalOperations.Open, terminalNo, openCounter, 0, new TerminalInfo { InitialAmount = initialAmount }) with { };

    public static OpenCloseLog Close(
        decimal physicalAmount, int transactionCount, int? lastTransactionNo, int cashCount, DateTimeOffset? lastCash, int terminalNo = 1, int openCounter = 1) =>
        OpenClose(TerminalOperations.Close, terminalNo, openCounter, 600, new TerminalInfo { PhysicalAmount = physicalAmount }) with
        {
            CartTransactionCount = transactionCount,
            CartTransactionLastNo = lastTransactionNo,
            CashInOutCount = cashCount,
            CashInOutLastDateTime = lastCash,
        };

    private static OpenCloseLog OpenClose(string operation, int terminalNo, int openCounter, int minute, TerminalInfo info) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = ReportTestService.Tenant,
        StoreCode = Store,
        TerminalNo = terminalNo,
        BusinessDate = Day,
        OpenCounter = openCounter,
        BusinessCounter = 1,
        GenerateDateTime = Morning.AddMinutes(minute - 1),
        Operation = operation,
        TerminalInfo = info with { TerminalNo = terminalNo, StoreCode = Store, TenantId = ReportTestService.Tenant },
        StaffId = "S001",
    };
}
