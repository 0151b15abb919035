using System.Text;

namespace Kugelpos.Receipts;

/// <summary>
/// Writes <see cref="PrintData"/> byte for byte as the original's receipt text: pydantic-xml's
/// <c>PrintData &gt; Page &gt; Line</c> document, re-read by Python's <c>xml.dom.minidom</c> and
/// written with <c>toprettyxml(indent="\t")</c>.
/// </summary>
/// <remarks>
/// What those two make of a slip: every attribute of a line is written, an absent one empty
/// (<c>align=""</c>, <c>dimension=""</c>), in the order type, align, dimension; the line's text is its
/// description, then come <c>Item1</c> and <c>Item2</c>, always, an empty one as <c>&lt;Item1/&gt;</c>.
/// minidom puts each child on its own line one tab deeper, text children too, except that an
/// element whose only child is text is written on one line. The original runs Python 3.12, whose
/// minidom escapes the double quote in text as well as in attributes (3.13 stopped doing so in text).
/// </remarks>
internal static class ReceiptXml
{
    private const char Indent = '\t';

    public static string Write(PrintData printData)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" ?>\n");
        if (printData.Pages.Count == 0)
        {
            return xml.Append("<PrintData/>\n").ToString();
        }

        xml.Append("<PrintData>\n");
        foreach (var page in printData.Pages)
        {
            WritePage(xml, page);
        }

        return xml.Append("</PrintData>\n").ToString();
    }

    private static void WritePage(StringBuilder xml, ReceiptPage page)
    {
        if (page.Lines.Count == 0)
        {
            xml.Append(Indent).Append("<Page/>\n");
            return;
        }

        xml.Append(Indent).Append("<Page>\n");
        foreach (var line in page.Lines)
        {
            WriteLine(xml, line);
        }

        xml.Append(Indent).Append("</Page>\n");
    }

    private static void WriteLine(StringBuilder xml, ReceiptLine line)
    {
        const string Deeper = "\t\t\t";
        xml.Append(Indent).Append(Indent)
            .Append("<Line type=\"").Append(Escape(line.Type.ToString()))
            .Append("\" align=\"").Append(Escape(line.Align?.ToString()))
            .Append("\" dimension=\"").Append(Escape(line.Dimension))
            .Append("\">\n");

        // An empty description leaves no text node behind, like none at all.
        if (!string.IsNullOrEmpty(line.Description))
        {
            xml.Append(Deeper).Append(Escape(line.Description)).Append('\n');
        }

        WriteItem(xml, Deeper, "Item1", line.Item1);
        WriteItem(xml, Deeper, "Item2", line.Item2);
        xml.Append(Indent).Append(Indent).Append("</Line>\n");
    }

    private static void WriteItem(StringBuilder xml, string indent, string tag, string? text)
    {
        xml.Append(indent).Append('<').Append(tag);
        if (string.IsNullOrEmpty(text))
        {
            xml.Append("/>\n");
            return;
        }

        xml.Append('>').Append(Escape(text)).Append("</").Append(tag).Append(">\n");
    }

    private static string Escape(string? text) =>
        string.IsNullOrEmpty(text)
            ? string.Empty
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal);
}
