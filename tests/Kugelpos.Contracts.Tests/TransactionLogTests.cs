using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class TransactionLogTests
{
    private static TransactionLog Sale => EventJson.Deserialize<TransactionLog>(Samples.Read(Samples.TranlogSale));

    private static TransactionLog Void => EventJson.Deserialize<TransactionLog>(Samples.Read(Samples.TranlogVoid));

    [Fact]
    public void Sale_carries_its_identity_and_counters()
    {
        var sale = Sale;

        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), sale.EventId);
        Assert.Equal("T9999", sale.TenantId);
        Assert.Equal("5678", sale.StoreCode);
        Assert.Equal("Kugel Store Shibuya", sale.StoreName);
        Assert.Equal(9, sale.TerminalNo);
        Assert.Equal(17, sale.TransactionNo);
        Assert.Equal(TransactionType.NormalSales, sale.TransactionType);
        Assert.Equal(new DateOnly(2025, 5, 1), sale.BusinessDate);
        Assert.Equal(2, sale.OpenCounter);
        Assert.Equal(31, sale.BusinessCounter);
        Assert.Equal(1017, sale.ReceiptNo);
        Assert.False(sale.IsVoided);
        Assert.False(sale.IsRefunded);
        Assert.Null(sale.Origin);
    }

    [Fact]
    public void Sale_generate_time_keeps_microseconds_and_offset()
    {
        var expected = new DateTimeOffset(2025, 5, 1, 10, 15, 30, TimeSpan.FromHours(9)).AddTicks(1_234_560);

        Assert.Equal(expected, Sale.GenerateDateTime);
        Assert.Equal(TimeSpan.FromHours(9), Sale.GenerateDateTime?.Offset);
    }

    [Fact]
    public void Sale_totals_are_exact_to_the_yen()
    {
        var sales = Sale.Sales!;

        Assert.Null(sales.ReferenceDateTime);
        Assert.Equal(2660m, sales.TotalAmount);
        Assert.Equal(2916m, sales.TotalAmountWithTax);
        Assert.Equal(256m, sales.TaxAmount);
        Assert.Equal(3, sales.TotalQuantity);
        Assert.Equal(84m, sales.ChangeAmount);
        Assert.Equal(240m, sales.TotalDiscountAmount);
        Assert.False(sales.IsCancelled);
        Assert.False(sales.IsStampDutyApplied);
        Assert.Equal(0m, sales.StampDutyAmount);
    }

    [Fact]
    public void Sale_line_items_carry_prices_discounts_and_flags()
    {
        var lines = Sale.LineItems;

        Assert.Equal([1, 2, 3], lines.Select(line => line.LineNo ?? 0));
        var tea = lines[0];
        Assert.Equal("49-01", tea.ItemCode);
        Assert.Equal("001", tea.CategoryCode);
        Assert.Equal("緑茶 500ml", tea.Description);
        Assert.Equal("緑茶", tea.DescriptionShort);
        Assert.Equal(1200m, tea.UnitPrice);
        Assert.Equal(2, tea.Quantity);
        Assert.Equal(2300m, tea.Amount);
        Assert.Equal("01", tea.TaxCode);
        var manual = Assert.Single(tea.Discounts);
        Assert.Equal("DiscountAmount", manual.DiscountType);
        Assert.Equal(100m, manual.DiscountAmount);
        Assert.Equal(tea.UnitPrice * tea.Quantity - manual.DiscountAmount, tea.Amount);
        Assert.Equal(115m, Assert.Single(tea.DiscountsAllocated).DiscountAmount);

        Assert.True(lines[1].IsUnitPriceChanged);
        Assert.Equal(520m, lines[1].UnitPriceOriginal);
        Assert.Empty(lines[1].Discounts);

        var promoted = lines[2];
        Assert.True(promoted.IsCancelled);
        var promotion = Assert.Single(promoted.Discounts);
        Assert.Equal("PROMO-2025-SPRING", promotion.PromotionCode);
        Assert.Equal("category_discount", promotion.PromotionType);
        Assert.Equal(10m, promotion.DiscountValue);
        Assert.Empty(promoted.DiscountsAllocated);
    }

    [Fact]
    public void Sale_subtotal_discount_is_allocated_to_the_live_lines_in_full()
    {
        var sale = Sale;
        var subtotalDiscount = Assert.Single(sale.SubtotalDiscounts);

        var allocated = sale.LineItems.Where(line => !line.IsCancelled)
            .SelectMany(line => line.DiscountsAllocated)
            .Sum(discount => discount.DiscountAmount);

        Assert.Equal(140m, subtotalDiscount.DiscountAmount);
        Assert.Equal(subtotalDiscount.DiscountAmount, allocated);
    }

    [Fact]
    public void Sale_payments_and_taxes_add_up_to_the_totals()
    {
        var sale = Sale;
        var cash = Assert.Single(sale.Payments);

        Assert.Equal(1, cash.PaymentNo);
        Assert.Equal("01", cash.PaymentCode);
        Assert.Equal("Cash", cash.Description);
        Assert.Null(cash.Detail);
        Assert.Equal(sale.Sales!.TotalAmountWithTax, cash.Amount);
        Assert.Equal(sale.Sales.ChangeAmount, cash.DepositAmount - cash.Amount);
        Assert.Equal(["01", "11"], sale.Taxes.Select(tax => tax.TaxCode ?? string.Empty));
        Assert.Equal(218m, sale.Taxes[0].TaxAmount);
        Assert.Equal(2185m, sale.Taxes[0].TargetAmount);
        Assert.Equal(2, sale.Taxes[0].TargetQuantity);
        Assert.Equal("External", sale.Taxes[1].TaxType);
        Assert.Equal(sale.Sales.TaxAmount, sale.Taxes.Sum(tax => tax.TaxAmount));
    }

    [Fact]
    public void Sale_carries_staff_user_texts_and_additional_info()
    {
        var sale = Sale;

        Assert.Equal("S001", sale.Staff?.Id);
        Assert.Equal("Hanako Yamada", sale.Staff?.Name);
        Assert.Equal("admin", sale.User?.Id);
        Assert.Contains("緑茶 500ml", sale.ReceiptText, StringComparison.Ordinal);
        Assert.Equal("[SALE] #1017 2,916", sale.JournalText);
        Assert.Equal("T1234567890123", sale.AdditionalInfo?["invoice_registration_number"].GetString());
        Assert.Equal(1, sale.AdditionalInfo?["receipt_headers"].GetArrayLength());
    }

    [Fact]
    public void Void_names_its_origin()
    {
        var voided = Void;
        var origin = voided.Origin!;

        Assert.Equal(TransactionType.VoidSales, voided.TransactionType);
        Assert.Equal(TransactionType.NormalSales, origin.TransactionType);
        Assert.Equal(16, origin.TransactionNo);
        Assert.Equal(1016, origin.ReceiptNo);
        Assert.Equal(9, origin.TerminalNo);
        Assert.Equal("T9999", origin.TenantId);
        Assert.Equal("5678", origin.StoreCode);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 10, 40, 12, 500, TimeSpan.FromHours(9)), origin.GenerateDateTime);
    }

    [Fact]
    public void Void_references_its_own_time_and_gives_no_change()
    {
        var voided = Void;

        Assert.Equal(voided.GenerateDateTime, voided.Sales?.ReferenceDateTime);
        Assert.Equal(0m, voided.Sales?.ChangeAmount);
        Assert.Null(voided.User);
        Assert.Empty(voided.SubtotalDiscounts);
        Assert.Empty(voided.AdditionalInfo!);
        Assert.Equal("slip 4711", Assert.Single(voided.Payments).Detail);
    }
}
