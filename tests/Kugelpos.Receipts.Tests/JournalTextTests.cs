namespace Kugelpos.Receipts.Tests;

/// <summary>The journal text: every line placed in the slip's columns by display width, a newline after each.</summary>
public class JournalTextTests
{
    [Fact]
    public void An_open_slip_is_written_in_32_columns()
    {
        const string Expected =
            "店舗名 Test Store               \n" +
            "レジNo. 1             責# 000123\n" +
            "2024年01月01日(月) 09:00        \n" +
            "                                \n" +
            "    【 開 設  レ ポ ー ト 】    \n" +
            "                                \n" +
            "営業日付 2024年01月01日(月)     \n" +
            "開設回数 1回                    \n" +
            "--------------------------------\n" +
            "釣銭準備金              10,000円\n" +
            "--------------------------------\n" +
            "レシートNo. ------              \n";

        var journal = OpenSlipSample.Build().ToJournalText();

        Assert.Equal(Expected, journal);
        Assert.All(journal.TrimEnd('\n').Split('\n'), line => Assert.Equal(32, TextHelper.Width(line)));
    }

    [Fact]
    public void A_split_line_cuts_a_long_item1_at_a_character_boundary_whatever_the_journals_width()
    {
        var page = new ReceiptPage().LineSplit("とても長い商品名です。これは30文字以上", "999,999");

        // 32 less "999,999" (7) and the space: 24 columns, twelve kanji.
        Assert.Equal("とても長い商品名です。こ", page.Lines[0].Item1);
        Assert.Equal("とても長い商品名です。こ 999,999\n", new PrintData(page).ToJournalText(40));
    }

    [Fact]
    public void A_cut_ending_a_column_short_is_not_padded_up_as_in_the_original()
    {
        // 32 less "12345678" (8) and the space leaves 23 columns: eleven kanji (22), and no space for the 23rd.
        var line = ReceiptLine.Split("一二三四五六七八九十百千", "12345678");

        Assert.Equal("一二三四五六七八九十百", line.Item1);
        Assert.Equal("一二三四五六七八九十百 12345678\n", new PrintData(new ReceiptPage().Add(line)).ToJournalText());
    }

    [Fact]
    public void Right_aligned_text_and_borders_follow_the_width_asked_for()
    {
        var journal = new PrintData(new ReceiptPage().LineRight("合計").Border()).ToJournalText(10);

        Assert.Equal("      合計\n----------\n", journal);
    }

    [Fact]
    public void Both_forms_come_together_as_the_receipt_data()
    {
        var slip = OpenSlipSample.Build();

        Assert.Equal(new ReceiptData(slip.ToReceiptXml(), slip.ToJournalText()), slip.ToReceiptData());
    }
}
