using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

/// <summary>Transaction logs for the receipt tests, their totals worked out by hand.</summary>
internal static class ReceiptTransactions
{
    /// <summary>Monday, 1 January 2024, 09:05 in Tokyo.</summary>
    public static readonly DateTimeOffset SaleTime = new(2024, 1, 1, 9, 5, 0, TimeSpan.FromHours(9));

    /// <summary>
    /// 3 x りんご at 150 (external 10 %) less 50, and Coffee at 300 (internal 10 %) less 10 %: 400 + 270
    /// = 670, less 70 on the subtotal = 600 (42 of it taken from the apples, 28 from the coffee). Tax:
    /// 10 % of 358 = 35 on top, 242 x 10 / 110 = 22 within; total 635, paid with 1,000 in cash, 365 change.
    /// </summary>
    public static TransactionLog Sale() => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = "T0001",
        StoreCode = "S01",
        StoreName = "本店",
        TerminalNo = 1,
        GenerateDateTime = SaleTime,
        TransactionNo = 34,
        ReceiptNo = 12,
        TransactionType = TransactionType.NormalSales,
        Staff = new TransactionStaff { Id = "S001", Name = "Sato" },
        LineItems =
        [
            new TransactionLineItem
            {
                LineNo = 1, Description = "りんご", UnitPrice = 150m, Quantity = 3, TaxCode = "01", Amount = 400m,
                Discounts = [new TransactionDiscount { SeqNo = 1, DiscountType = DiscountTypes.Amount, DiscountValue = 50m, DiscountAmount = 50m }],
            },
            new TransactionLineItem
            {
                LineNo = 2, Description = "Coffee", UnitPrice = 300m, Quantity = 1, TaxCode = "02", Amount = 270m,
                Discounts = [new TransactionDiscount { SeqNo = 1, DiscountType = DiscountTypes.Percentage, DiscountValue = 10m, DiscountAmount = 30m }],
            },
            new TransactionLineItem { LineNo = 3, Description = "Cancelled", UnitPrice = 999m, Quantity = 1, TaxCode = "01", Amount = 999m, IsCancelled = true },
        ],
        SubtotalDiscounts = [new TransactionDiscount { SeqNo = 1, DiscountType = DiscountTypes.Amount, DiscountValue = 70m, DiscountAmount = 70m }],
        Taxes =
        [
            new TransactionTax { TaxNo = 1, TaxCode = "01", TaxType = TaxTypes.External, TaxName = "外税10%", TaxAmount = 35m, TargetAmount = 358m, TargetQuantity = 3 },
            new TransactionTax { TaxNo = 2, TaxCode = "02", TaxType = TaxTypes.Internal, TaxName = "内税10%", TaxAmount = 22m, TargetAmount = 242m, TargetQuantity = 1 },
        ],
        Payments = [new TransactionPayment { PaymentNo = 1, PaymentCode = "01", DepositAmount = 1000m, Amount = 635m, Description = "現金" }],
        Sales = new TransactionSales
        {
            TotalAmount = 600m, TotalAmountWithTax = 635m, TaxAmount = 35m, TotalQuantity = 4, ChangeAmount = 365m, TotalDiscountAmount = 150m,
        },
        AdditionalInfo = new Dictionary<string, JsonElement>
        {
            ["receipt_headers"] = JsonSerializer.SerializeToElement(new object[] { new { text = "Kugel Store", align = "center" }, new { text = "" } }),
            ["receipt_footers"] = JsonSerializer.SerializeToElement(new object[] { new { text = "Thank you", align = "right" } }),
            ["invoice_registration_number"] = JsonSerializer.SerializeToElement("T1234567890123"),
        },
    };

    /// <summary>The sale's counterpart of <paramref name="type"/>, referring to the sale.</summary>
    public static TransactionLog Of(TransactionType type) => Sale() with
    {
        TransactionType = type,
        TransactionNo = 35,
        ReceiptNo = 13,
        Origin = new OriginalTransaction
        {
            GenerateDateTime = SaleTime, StoreCode = "S01", StoreName = "本店", TerminalNo = 1, ReceiptNo = 12, TransactionNo = 34,
            TransactionType = type == TransactionType.VoidReturn ? TransactionType.ReturnSales : TransactionType.NormalSales,
        },
    };
}
