using System.Xml.Linq;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins.Standard.Receipts;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

/// <summary>
/// The standard receipt (the original's receipt_data_sample.py): every line below is worked out by hand
/// from the original's layout, in display columns (a kanji or kana takes two).
/// </summary>
public class ReceiptPluginTests
{
    private static readonly string Border = new('-', 32);

    private static string S(int count) => new(' ', count);

    private static async Task<string[]> JournalLines(TransactionLog transaction, IReceiptDataPlugin? receipt = null)
    {
        var data = await (receipt ?? new DefaultReceipt()).RenderAsync(transaction, CancellationToken.None);
        Assert.EndsWith("\n", data.JournalText, StringComparison.Ordinal);
        return data.JournalText[..^1].Split('\n');
    }

    [Fact]
    public async Task A_sale_prints_its_lines_discounts_taxes_total_and_cash_with_change()
    {
        var lines = await JournalLines(ReceiptTransactions.Sale());

        string[] expected =
        [
            S(10) + "Kugel Store" + S(11),
            S(32),
            "レジNo. 1" + S(15) + "責# S001",
            "2024年01月01日(月) 09:05" + S(8),
            S(9) + "【 領 収 証 】" + S(9),
            Border,
            "りんご" + S(21) + "450外",
            S(8) + "3 個@150" + S(16),
            S(10) + "値引:" + S(12) + "-50  ",
            "Coffee" + S(21) + "300込",
            S(10) + "割引: 10%" + S(8) + "-30  ",
            Border,
            "小計" + S(12) + "4 個" + S(6) + "\\670  ",
            "  ポイント値引" + S(13) + "-70  ",
            "  外税10%" + S(18) + "\\35  ",
            "合計" + S(22) + "\\635  ",
            "  (外税10% 対象額" + S(8) + "\\358)  ",
            "  (外税10%" + S(16) + "\\35)  ",
            "  (内税10% 対象額" + S(8) + "\\242)  ",
            "  (内税10%" + S(16) + "\\22)  ",
            "お預り" + S(18) + "\\1,000  ",
            "お釣り" + S(20) + "\\365  ",
            Border,
            "現金" + S(22) + "\\635  ",
            Border,
            "レシートNo. 12" + S(18),
            "事業者登録番号 T1234567890123" + S(3),
            S(23) + "Thank you",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task A_return_is_titled_as_one_and_names_the_receipt_it_returns()
    {
        var lines = await JournalLines(ReceiptTransactions.Of(TransactionType.ReturnSales));

        Assert.Contains(S(7) + "【 返 品 伝 票 】" + S(8), lines);
        string[] origin =
        [
            Border,
            "[対象レシート]" + S(18),
            "日時" + S(4) + "2024年01月01日(月) 09:05",
            "取引区分" + S(19) + "売 上",
            "店舗コード" + S(19) + "S01",
            "店舗名" + S(22) + "本店",
            "レジNo." + S(24) + "1",
            "レシートNo." + S(19) + "12",
            "取引通番" + S(22) + "34",
            Border,
            "レシートNo. 13" + S(18),
        ];
        var start = Array.IndexOf(lines, "[対象レシート]" + S(18)) - 1;
        Assert.Equal(origin, lines.Skip(start).Take(origin.Length));
    }

    [Theory]
    [InlineData(TransactionType.VoidSales, "売上取消伝票", "売 上")]
    [InlineData(TransactionType.VoidReturn, "返品取消伝票", "返 品")]
    public async Task A_void_is_titled_by_what_it_voids(TransactionType type, string title, string originType)
    {
        var lines = await JournalLines(ReceiptTransactions.Of(type));

        Assert.Contains(S(7) + $"【 {title} 】" + S(7), lines);
        Assert.Contains("取引区分" + S(19) + originType, lines);
    }

    [Fact]
    public async Task A_cancelled_sale_is_titled_as_stopped_and_a_sale_names_no_origin()
    {
        var cancelled = ReceiptTransactions.Sale() with
        {
            TransactionType = TransactionType.NormalSalesCancel,
            Sales = ReceiptTransactions.Sale().Sales! with { IsCancelled = true },
        };

        var lines = await JournalLines(cancelled);

        Assert.Contains(S(7) + "【 取 引 中 止 】" + S(8), lines);
        Assert.DoesNotContain("[対象レシート]" + S(18), lines);
    }

    [Fact]
    public async Task Stamp_duty_leaves_room_for_the_stamp_and_prints_its_amount()
    {
        var sale = ReceiptTransactions.Sale() with
        {
            AdditionalInfo = null,
            Sales = ReceiptTransactions.Sale().Sales! with { IsStampDutyApplied = true, StampDutyTargetAmount = 635m, StampDutyAmount = 1200m },
        };

        var lines = await JournalLines(sale);

        string[] footer =
        [
            "レシートNo. 12" + S(18),
            S(32),
            "-----------" + S(21),
            "|         |" + S(21),
            "| (stamp) |" + S(21),
            "|         |" + S(21),
            "|         |" + S(21),
            "-----------" + S(21),
            "印紙代1,200円" + S(19),
        ];
        Assert.Equal(footer, lines.TakeLast(footer.Length));
    }

    [Fact]
    public async Task Several_cash_payments_print_as_one_before_the_other_methods()
    {
        var sale = ReceiptTransactions.Sale() with
        {
            Payments =
            [
                new TransactionPayment { PaymentNo = 1, PaymentCode = "11", Amount = 135m, DepositAmount = 135m, Description = "Cashless" },
                new TransactionPayment { PaymentNo = 2, PaymentCode = "01", Amount = 300m, DepositAmount = 300m, Description = "現金" },
                new TransactionPayment { PaymentNo = 3, PaymentCode = "01", Amount = 200m, DepositAmount = 565m, Description = "現金" },
            ],
        };

        var lines = await JournalLines(sale);

        string[] payments =
        [
            "お預り" + S(20) + "\\865  ",
            "お釣り" + S(20) + "\\365  ",
            Border,
            "現金" + S(22) + "\\500  ",
            "Cashless" + S(18) + "\\135  ",
        ];
        var start = Array.IndexOf(lines, payments[0]);
        Assert.Equal(payments, lines.Skip(start).Take(payments.Length));
    }

    [Fact]
    public async Task The_receipt_xml_holds_the_same_lines_as_the_journal()
    {
        var data = await new DefaultReceipt().RenderAsync(ReceiptTransactions.Of(TransactionType.ReturnSales), CancellationToken.None);

        var journal = data.JournalText[..^1].Split('\n');
        var xmlLines = XDocument.Parse(data.ReceiptText).Descendants("Line").Select(Journal).ToArray();
        Assert.Equal(journal.Select(line => line.Trim()), xmlLines);
    }

    // A line of the printer's XML as the journal shows it, less the padding around it.
    private static string Journal(XElement line) =>
        (string?)line.Attribute("type") == "Line" ? Border
        : (string?)line.Attribute("align") == "Split" ? ((string?)line.Element("Item1") + " " + (string?)line.Element("Item2")).Trim()
        : string.Concat(line.Nodes().OfType<XText>().Select(text => text.Value)).Trim();

    [Fact]
    public async Task The_width_argument_sets_the_journal_width()
    {
        var receipt = new DefaultReceipt(new SalesPluginArguments("wide", new Dictionary<string, string> { ["width"] = "40" }));

        var lines = await JournalLines(ReceiptTransactions.Sale(), receipt);

        Assert.Equal("wide", receipt.Code);
        Assert.Contains(new string('-', 40), lines);
        Assert.Contains(S(14) + "Kugel Store" + S(15), lines);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("wide")]
    public void A_width_that_is_no_positive_whole_number_is_refused_naming_it(string width)
    {
        var error = Assert.Throws<SalesPluginArgumentException>(
            () => new DefaultReceipt(new SalesPluginArguments("default", new Dictionary<string, string> { ["width"] = width })));

        Assert.Contains("width", error.Message, StringComparison.Ordinal);
    }
}
