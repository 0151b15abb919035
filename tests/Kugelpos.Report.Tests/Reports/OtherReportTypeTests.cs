using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Report.Tests.Support;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

public sealed class OtherReportTypeTests
{
    private const string Reports = "/api/v1/tenants/T0001/stores/S01/reports?report_scope=flash&business_date=" + DayText + "&report_type=";

    [Fact]
    public async Task The_payment_report_sums_each_method_counts_transactions_once_and_gives_its_share()
    {
        await using var service = await ReportTestService.StartAsync();
        var voided = Transaction(2, TransactionType.NormalSales, 330m, 1, [], [Cash(330m)]);
        foreach (var log in new[]
        {
            Transaction(1, TransactionType.NormalSales, 990m, 2, [], [Cash(500m), Payment("11", 490m, "Credit")]),
            voided,
            voided with { EventId = Guid.NewGuid(), TransactionNo = 3, TransactionType = TransactionType.VoidSales },
            Transaction(4, TransactionType.ReturnSales, 220m, 1, [], [Cash(220m)]),
            Transaction(5, TransactionType.NormalSales, 150m, 1, [], [Cash(100m), Cash(50m)]),
            Transaction(6, TransactionType.NormalSales, 9000m, 1, [], [Cash(9000m)], cancelled: true),
        })
        {
            await service.AcceptedAsync(EventChannels.TranlogRoute, log);
        }

        var (status, body) = await service.GetAsync(Reports + "payment");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Payment report fetched successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("payment", data.GetProperty("reportType").GetString());
        Assert.Equal("flash", data.GetProperty("reportScope").GetString());

        // Credit 490 in 1 transaction. Cash 500 + 330 - 330 - 220 + 100 + 50 = 430 in 1 + 1 - 1 - 1 + 1 = 1 transactions.
        // Shares of 920: 490 / 920 = 53.26 %, 430 / 920 = 46.74 %; the largest amount first.
        var summary = data.GetProperty("paymentSummary");
        Assert.Equal(2, summary.GetArrayLength());
        AssertMethod(summary[0], "11", "Credit", 1, 490m, 53.26m);
        AssertMethod(summary[1], "01", "Cash", 1, 430m, 46.74m);
        Assert.Equal(2, data.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal(920m, data.GetProperty("total").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_category_report_sums_lines_by_category_with_returns_counting_back()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            1, TransactionType.NormalSales, 1200m, 3, [], [Cash(1199m)],
            lines: [Line("ITEM1", 500m, 2, lineDiscount: 100m, category: "C1"), Line("ITEM2", 300m, 1, allocated: true, category: "C2")]));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            2, TransactionType.ReturnSales, 200m, 1, [], [Cash(200m)], lines: [Line("ITEM3", 200m, 1, category: "C1")]));

        var (status, body) = await service.GetAsync(Reports + "category");

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        var categories = data.GetProperty("categories");

        // C1: gross 900 - 200 = 700, discount 100, net 600, items 2 - 1 = 1, discounted items 2, lines 2
        AssertCategory(categories[0], "C1", 700m, 100m, 600m, 1, 2, 2);

        // C2: gross 300, allocated subtotal discount 1, net 299, items 1, discounted items 1, lines 1
        AssertCategory(categories[1], "C2", 300m, 1m, 299m, 1, 1, 1);
        Assert.Equal(1000m, data.GetProperty("totalGrossAmount").GetDecimal());
        Assert.Equal(101m, data.GetProperty("totalDiscountAmount").GetDecimal());
        Assert.Equal(899m, data.GetProperty("totalNetAmount").GetDecimal());
        Assert.Equal(2, data.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(3, data.GetProperty("totalDiscountQuantity").GetInt32());
        Assert.Equal(3, data.GetProperty("totalTransactionCount").GetInt32());
    }

    [Fact]
    public async Task The_item_report_sums_lines_by_item_within_each_category()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            1, TransactionType.NormalSales, 1400m, 4, [], [Cash(1400m)],
            lines: [Line("ITEM2", 200m, 1, category: "C1"), Line("ITEM1", 500m, 2, lineDiscount: 100m, category: "C1"), Line("ITEM9", 300m, 1, category: "C2")]));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            2, TransactionType.ReturnSales, 500m, 1, [], [Cash(500m)], lines: [Line("ITEM1", 500m, 1, category: "C1")]));

        var (status, body) = await service.GetAsync(Reports + "item");

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        var c1 = data.GetProperty("categories")[0];
        Assert.Equal("C1", c1.GetProperty("categoryCode").GetString());

        // ITEM1: 900 - 500 = 400 gross, discount 100, net 300, items 2 - 1 = 1, discounted items 2, lines 2; ITEM2: 200 once
        var items = c1.GetProperty("items");
        Assert.Equal(["ITEM1", "ITEM2"], items.EnumerateArray().Select(i => i.GetProperty("itemCode").GetString()!).ToArray());
        Assert.Equal("ITEM1", items[0].GetProperty("itemName").GetString());
        Assert.Equal(400m, items[0].GetProperty("grossAmount").GetDecimal());
        Assert.Equal(100m, items[0].GetProperty("discountAmount").GetDecimal());
        Assert.Equal(300m, items[0].GetProperty("netAmount").GetDecimal());
        Assert.Equal(1, items[0].GetProperty("quantity").GetInt32());
        Assert.Equal(2, items[0].GetProperty("discountQuantity").GetInt32());
        Assert.Equal(2, items[0].GetProperty("transactionCount").GetInt32());

        // C1 = ITEM1 + ITEM2: gross 600, net 500, items 2, lines 3; with C2 (300): gross 900, net 800
        Assert.Equal(600m, c1.GetProperty("categoryTotalGrossAmount").GetDecimal());
        Assert.Equal(500m, c1.GetProperty("categoryTotalNetAmount").GetDecimal());
        Assert.Equal(2, c1.GetProperty("categoryTotalQuantity").GetInt32());
        Assert.Equal(3, c1.GetProperty("categoryTotalTransactionCount").GetInt32());
        Assert.Equal(900m, data.GetProperty("totalGrossAmount").GetDecimal());
        Assert.Equal(800m, data.GetProperty("totalNetAmount").GetDecimal());
    }

    [Fact]
    public async Task The_promotion_report_sums_each_promotions_discounts_and_renders_the_originals_slip()
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            1, TransactionType.NormalSales, 1150m, 3, [], [Cash(1150m)], lines: [Promoted("ITEM1", 500m, 2, 100m, "P1", "bundle"), Promoted("ITEM2", 300m, 1, 50m, "P2", "sale")]));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            2, TransactionType.NormalSales, 450m, 1, [], [Cash(450m)], lines: [Promoted("ITEM1", 500m, 1, 50m, "P1", "bundle")]));
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(
            3, TransactionType.ReturnSales, 450m, 1, [], [Cash(450m)], lines: [Promoted("ITEM1", 500m, 1, 50m, "P1", "bundle")]));

        var (status, body) = await service.GetAsync(Reports + "promotion");

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        var promotions = data.GetProperty("promotions");

        // P1: lines 900 + 450 - 450 = 900, discount 100 + 50 - 50 = 100, net 800, items 2 + 1 - 1 = 2, in 3 transactions
        Assert.Equal("P1", promotions[0].GetProperty("promotionCode").GetString());
        Assert.Equal("bundle", promotions[0].GetProperty("promotionType").GetString());
        Assert.Equal(900m, promotions[0].GetProperty("grossAmount").GetDecimal());
        Assert.Equal(100m, promotions[0].GetProperty("discountAmount").GetDecimal());
        Assert.Equal(800m, promotions[0].GetProperty("netAmount").GetDecimal());
        Assert.Equal(2, promotions[0].GetProperty("quantity").GetInt32());
        Assert.Equal(3, promotions[0].GetProperty("transactionCount").GetInt32());

        // P2: 250, 50, 200, 1 item, 1 transaction; totals 1150, 150, 1000, 3 items, 4
        Assert.Equal("P2", promotions[1].GetProperty("promotionCode").GetString());
        Assert.Equal(150m, data.GetProperty("totalDiscountAmount").GetDecimal());
        Assert.Equal(1000m, data.GetProperty("totalNetAmount").GetDecimal());
        Assert.Equal(4, data.GetProperty("totalTransactionCount").GetInt32());
        var rule = new string('-', 40);
        Assert.Equal(
            $"=== PROMOTION REPORT ===\nStore: S01\nDate: {DayText}\n\nPromotion Performance:\n{rule}\nP1: 2 items, -100\nP2: 1 items, -50\n{rule}\nTotal Discount: -150\nTotal Items: 3\n",
            data.GetProperty("receiptText").GetString());
        Assert.Equal(data.GetProperty("receiptText").GetString(), data.GetProperty("journalText").GetString());
    }

    [Fact]
    public async Task An_empty_day_answers_empty_reports_of_every_type()
    {
        await using var service = await ReportTestService.StartAsync();

        var payment = await service.GetAsync(Reports + "payment");
        var category = await service.GetAsync(Reports + "category");
        var item = await service.GetAsync(Reports + "item");
        var promotion = await service.GetAsync(Reports + "promotion");

        Assert.Equal(0, payment.Body.GetProperty("data").GetProperty("paymentSummary").GetArrayLength());
        Assert.Equal(0m, payment.Body.GetProperty("data").GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal(0, category.Body.GetProperty("data").GetProperty("categories").GetArrayLength());
        Assert.Equal(0, item.Body.GetProperty("data").GetProperty("categories").GetArrayLength());
        Assert.Equal(0, promotion.Body.GetProperty("data").GetProperty("promotions").GetArrayLength());
    }

    private static TransactionLineItem Promoted(string item, decimal unitPrice, int quantity, decimal discount, string promotion, string type) =>
        Line(item, unitPrice, quantity, lineDiscount: discount) with
        {
            Discounts = [new TransactionDiscount { SeqNo = 1, DiscountType = "DiscountAmount", DiscountValue = discount, DiscountAmount = discount, PromotionCode = promotion, PromotionType = type }],
        };

    private static void AssertMethod(System.Text.Json.JsonElement method, string code, string name, int count, decimal amount, decimal ratio)
    {
        Assert.Equal(code, method.GetProperty("paymentCode").GetString());
        Assert.Equal(name, method.GetProperty("paymentName").GetString());
        Assert.Equal(count, method.GetProperty("count").GetInt32());
        Assert.Equal(amount, method.GetProperty("amount").GetDecimal());
        Assert.Equal(ratio, method.GetProperty("ratio").GetDecimal());
    }

    private static void AssertCategory(System.Text.Json.JsonElement category, string code, decimal gross, decimal discount, decimal net, int quantity, int discountQuantity, int lines)
    {
        Assert.Equal(code, category.GetProperty("categoryCode").GetString());
        Assert.Equal(code, category.GetProperty("categoryName").GetString());
        Assert.Equal(gross, category.GetProperty("grossAmount").GetDecimal());
        Assert.Equal(discount, category.GetProperty("discountAmount").GetDecimal());
        Assert.Equal(net, category.GetProperty("netAmount").GetDecimal());
        Assert.Equal(quantity, category.GetProperty("quantity").GetInt32());
        Assert.Equal(discountQuantity, category.GetProperty("discountQuantity").GetInt32());
        Assert.Equal(lines, category.GetProperty("transactionCount").GetInt32());
    }
}
