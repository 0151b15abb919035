using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Receipts;
using Kugelpos.Report.Reports;
using Kugelpos.Report.Reports.Slips;
using Kugelpos.Report.Tests.Support;
using static Kugelpos.Report.Tests.Support.SampleLogs;

namespace Kugelpos.Report.Tests.Reports;

/// <summary>
/// The slips of hand-made reports, line for line against the original's layouts (the column
/// rulers in its <c>*_report_receipt_data.py</c>). Lines are compared without the spaces that pad
/// them to the slip's 32 columns; that each line fills at least the 32 columns (a longer title stays whole) is checked on its own.
/// </summary>
public sealed class ReportSlipTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2024, 1, 1, 9, 5, 0, TimeSpan.FromHours(9));

    private static readonly ReportHeader Terminal = new("T0001", "S01", 3, "20240101", null, null, 2, 7);

    private static readonly ReportHeader StoreRange = new("T0001", "S01", null, null, "20240101", "20240131", null, null);

    [Fact]
    public void The_sales_slip_prints_totals_taxes_payments_cash_movements_and_the_drawer()
    {
        var report = new SalesReportView
        {
            TenantId = "T0001",
            StoreCode = "S01",
            TerminalNo = 3,
            BusinessDate = "20240101",
            OpenCounter = 2,
            BusinessCounter = 7,
            SalesGross = new SalesFigure(12345m, 12, 4),
            SalesNet = new SalesFigure(10222m, 10, 3),
            DiscountForLineitems = new SalesFigure(200m, 2, 1),
            DiscountForSubtotal = new SalesFigure(100m, 0, 1),
            Returns = new SalesFigure(880m, 1, 1),
            Taxes = [new TaxFigure("消費税10%", 943m, 10373m, 10)],
            Payments = [new PaymentFigure("現金", 9000m, 3), new PaymentFigure("クレジット", 2000m, 1)],
            Cash = new CashBalance(19500m, 19400m, -100m, new CashMovement(10000m, 1), new CashMovement(-500m, 1)),
        };

        var slip = SalesReportSlip.Print(report, Terminal, ReportScope.Daily, GeneratedAt);

        Assert.NotNull(slip);
        AssertSlip(
            slip,
            "店舗名 S01",
            "レジNo. 3                   責#",
            "2024年01月01日(月) 09:05",
            "",
            "【 売 上 レ ポ ー ト ( 日報 ) 】",
            "",
            "営業日付 2024年01月01日(月)",
            "開設回数 2回",
            "精算通番 7",
            "--------------------------------",
            "売 上 合 計",
            " 総売上       4件       12,345円",
            "             12点",
            " 返品         1件          880円",
            "              1点",
            " 明細値引     1件          200円",
            "              2点",
            " 小計値引     1件          100円",
            "              0点",
            " 税額                     -943円",
            " 純売上       3件       10,222円",
            "             10点",
            "--------------------------------",
            "税 額（内訳）",
            " 消費税10%                 943円",
            "--------------------------------",
            "支 払",
            " 現金                    9,000円",
            " クレジット              2,000円",
            "--------------------------------",
            "入出金",
            " 入金         1件       10,000円",
            " 出金         1件         -500円",
            "--------------------------------",
            "現 金",
            " ドロア内現金           19,400円",
            " あるべき現金           19,500円",
            " 過不足                   -100円",
            "--------------------------------",
            "レシートNo. ------");
    }

    [Fact]
    public void The_category_slip_prints_each_category_with_its_discount_and_the_totals()
    {
        var report = new LineReportView<CategoryReportItem>
        {
            TenantId = "T0001",
            StoreCode = "S01",
            BusinessDateFrom = "20240101",
            BusinessDateTo = "20240131",
            Categories =
            [
                new CategoryReportItem("C1", "食品", 1234.9m, 100m, 1134.9m, 12, 2, 5),
                new CategoryReportItem("C2", string.Empty, 300m, 0m, 300m, 1, 0, 1),
            ],
            TotalGrossAmount = 1534.9m,
            TotalDiscountAmount = 100m,
            TotalNetAmount = 1434.9m,
            TotalQuantity = 13,
            TotalDiscountQuantity = 2,
            TotalTransactionCount = 6,
        };

        var slip = CategoryReportSlip.Print(report, StoreRange, ReportScope.Flash, GeneratedAt);

        AssertSlip(
            slip,
            "店舗名 S01",
            "店舗合計                    責#",
            "2024年01月01日(月) 09:05",
            "",
            " 【分類別売上レポート( 速報 )】",
            "",
            "期間 2024年01月01日(月)",
            "     ～ 2024年01月31日(水)",
            "--------------------------------",
            "食品           12点      1,234円",
            "  値引          2点       -100円",
            "C2              1点        300円",
            "--------------------------------",
            "合計           13点      1,534円",
            "  値引          2点       -100円",
            "",
            "総売上: 1,534円",
            "値引計: 100円",
            "純売上: 1,434円",
            "--------------------------------",
            "レシートNo. ------");
    }

    [Fact]
    public void The_item_slip_prints_each_category_its_items_and_subtotal_and_cuts_a_long_name()
    {
        var report = new LineReportView<CategoryWithItems>
        {
            TenantId = "T0001",
            StoreCode = "S01",
            TerminalNo = 3,
            BusinessDate = "20240101",
            OpenCounter = 2,
            BusinessCounter = 7,
            Categories =
            [
                new CategoryWithItems(
                    "C1",
                    "C1",
                    [
                        new ItemReportItem("4901", "Green tea 500ml bottle", 1500m, 150m, 1350m, 10, 3, 4),
                        new ItemReportItem("4902", "Rice ball", 240m, 0m, 240m, 2, 0, 1),
                    ],
                    1740m,
                    150m,
                    1590m,
                    12,
                    3,
                    5),
            ],
            TotalGrossAmount = 1740m,
            TotalDiscountAmount = 150m,
            TotalNetAmount = 1590m,
            TotalQuantity = 12,
            TotalDiscountQuantity = 3,
            TotalTransactionCount = 5,
        };

        var slip = ItemReportSlip.Print(report, Terminal, ReportScope.Flash, GeneratedAt);

        AssertSlip(
            slip,
            "店舗名 S01",
            "レジNo. 3                   責#",
            "2024年01月01日(月) 09:05",
            "",
            " 【商品別売上レポート( 速報 )】",
            "",
            "営業日付 2024年01月01日(月)",
            "開設回数 2回",
            "--------------------------------",
            "C1",
            "  Green tea 5  10点      1,500円",
            "    値引        3点       -150円",
            "  Rice ball     2点        240円",
            "小計           12点      1,590円",
            "",
            "--------------------------------",
            "合計           12点      1,590円",
            "",
            "総売上: 1,740円",
            "値引計: 150円",
            "純売上: 1,590円",
            "--------------------------------",
            "レシートNo. ------");
    }

    [Fact]
    public void The_payment_slip_prints_each_method_with_count_share_and_amount_and_ends_with_end()
    {
        var report = new PaymentReportView
        {
            TenantId = "T0001",
            StoreCode = "S01",
            TerminalNo = 3,
            BusinessDate = "20240101",
            BusinessCounter = 7,
            ReportScope = ReportScope.Daily,
            ReportType = "payment",
            PaymentSummary =
            [
                new PaymentSummaryItem("11", "Credit", 1, 490m, 53.26m),
                new PaymentSummaryItem("01", "Cash", 1234, 430m, 46.74m),
            ],
            Total = new PaymentTotal(1235, 920m),
        };

        var slip = PaymentReportSlip.Print(report, Terminal with { OpenCounter = null }, GeneratedAt);

        AssertSlip(
            slip,
            "店舗名 S01",
            "レジNo. 3                   責#",
            "2024年01月01日(月) 09:05",
            "",
            " 【 決済別レポート ( 日報 ) 】",
            "",
            "営業日付 2024年01月01日(月)",
            "精算通番 7",
            "--------------------------------",
            "決 済 方 法 別 集 計",
            "--------------------------------",
            "Credit",
            "  件数:      1件 構成比:  53.26%",
            "  金額:        490円",
            "",
            "Cash",
            "  件数:  1,234件 構成比:  46.74%",
            "  金額:        430円",
            "--------------------------------",
            "合 計",
            "  総件数:    1,235件",
            "  総金額:        920円",
            "--------------------------------",
            "",
            "",
            "          *** END ***");
    }

    [Fact]
    public void The_sales_slip_of_a_date_range_is_not_printed_as_the_original_cannot_print_it()
    {
        var report = new SalesReportView
        {
            TenantId = "T0001",
            StoreCode = "S01",
            BusinessDateFrom = "20240101",
            BusinessDateTo = "20240131",
            SalesGross = SalesFigure.Zero,
            SalesNet = SalesFigure.Zero,
            DiscountForLineitems = SalesFigure.Zero,
            DiscountForSubtotal = SalesFigure.Zero,
            Returns = SalesFigure.Zero,
            Taxes = [],
            Payments = [],
            Cash = new CashBalance(0m, 0m, 0m, new CashMovement(0m, 0), new CashMovement(0m, 0)),
        };

        Assert.Null(SalesReportSlip.Print(report, StoreRange, ReportScope.Flash, GeneratedAt));
    }

    [Theory]
    [InlineData("sales", "【 売 上 レ ポ ー ト ( 速報 ) 】")]
    [InlineData("category", "【分類別売上レポート( 速報 )】")]
    [InlineData("item", "【商品別売上レポート( 速報 )】")]
    [InlineData("payment", "【 決済別レポート ( 速報 ) 】")]
    public async Task Every_report_type_answers_its_slip_as_receipt_and_journal_text(string type, string title)
    {
        await using var service = await ReportTestService.StartAsync();
        await service.AcceptedAsync(EventChannels.TranlogRoute, Transaction(1, TransactionType.NormalSales, 990m, 2, [], [Cash(990m)]));

        var (status, body) = await service.GetAsync(
            "/api/v1/tenants/T0001/stores/S01/reports?report_scope=flash&business_date=" + DayText + "&report_type=" + type);

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        Assert.Contains(title, data.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.Contains(title, data.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<?xml", data.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
    }

    private static void AssertSlip(ReceiptData slip, params string[] lines)
    {
        var printed = slip.JournalText.Split('\n')[..^1];
        Assert.All(printed, line => Assert.True(TextHelper.Width(line) >= ReportSlip.Width, line));
        Assert.Equal(string.Join('\n', lines), string.Join('\n', printed.Select(line => line.TrimEnd())));
        Assert.StartsWith("<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page>\n", slip.ReceiptText, StringComparison.Ordinal);
    }
}
