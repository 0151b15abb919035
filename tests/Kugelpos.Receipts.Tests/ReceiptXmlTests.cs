namespace Kugelpos.Receipts.Tests;

/// <summary>
/// The receipt text, byte for byte as the original writes it: pydantic-xml's document (every
/// attribute, an absent one empty; the description as text; Item1 and Item2 always) pretty-printed
/// by minidom with tabs. The expected texts are written out from those rules, not from our writer.
/// </summary>
public class ReceiptXmlTests
{
    [Fact]
    public void An_open_slip_is_written_as_the_originals_print_data()
    {
        const string Expected =
            "<?xml version=\"1.0\" ?>\n" +
            "<PrintData>\n" +
            "\t<Page>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n" +
            "\t\t\t店舗名 Test Store\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Split\" dimension=\"\">\n" +
            // 32 columns less item2 (10) and the space: item1 is padded to 21, "レジNo. 1" being 9.
            "\t\t\t<Item1>レジNo. 1            </Item1>\n" +
            "\t\t\t<Item2>責# 000123</Item2>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n" +
            "\t\t\t2024年01月01日(月) 09:00\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Center\" dimension=\"\">\n" +
            "\t\t\t \n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Center\" dimension=\"\">\n" +
            "\t\t\t【 開 設  レ ポ ー ト 】\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Center\" dimension=\"\">\n" +
            "\t\t\t \n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n" +
            "\t\t\t営業日付 2024年01月01日(月)\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n" +
            "\t\t\t開設回数 1回       \n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Line\" align=\"\" dimension=\"\">\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Split\" dimension=\"\">\n" +
            // 32 less "10,000円" (8) and the space: 23; "釣銭準備金" is 10.
            "\t\t\t<Item1>釣銭準備金             </Item1>\n" +
            "\t\t\t<Item2>10,000円</Item2>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Line\" align=\"\" dimension=\"\">\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n" +
            "\t\t\tレシートNo. ------\n" +
            "\t\t\t<Item1/>\n" +
            "\t\t\t<Item2/>\n" +
            "\t\t</Line>\n" +
            "\t</Page>\n" +
            "</PrintData>\n";

        Assert.Equal(Expected, OpenSlipSample.Build().ToReceiptXml());
    }

    [Fact]
    public void Markup_characters_in_text_are_escaped_the_double_quote_too_as_python_3_12_minidom_does()
    {
        var xml = new PrintData(new ReceiptPage().LineRight("A&B <\"x\">").LineSplit("Q\"&", "<1>")).ToReceiptXml();

        Assert.Equal(
            "<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page>\n" +
            "\t\t<Line type=\"Text\" align=\"Right\" dimension=\"\">\n\t\t\tA&amp;B &lt;&quot;x&quot;&gt;\n\t\t\t<Item1/>\n\t\t\t<Item2/>\n\t\t</Line>\n" +
            "\t\t<Line type=\"Text\" align=\"Split\" dimension=\"\">\n\t\t\t<Item1>Q&quot;&amp;" + new string(' ', 25) + "</Item1>\n\t\t\t<Item2>&lt;1&gt;</Item2>\n\t\t</Line>\n" +
            "\t</Page>\n</PrintData>\n",
            xml);
    }

    [Fact]
    public void An_empty_description_leaves_no_text_and_an_empty_page_closes_itself()
    {
        var xml = new PrintData(new ReceiptPage().LineLeft(string.Empty), new ReceiptPage()).ToReceiptXml();

        Assert.Equal(
            "<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page>\n" +
            "\t\t<Line type=\"Text\" align=\"Left\" dimension=\"\">\n\t\t\t<Item1/>\n\t\t\t<Item2/>\n\t\t</Line>\n" +
            "\t</Page>\n\t<Page/>\n</PrintData>\n",
            xml);
    }
}
