using System.Text.Json;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Receipts;

namespace Kugelpos.Cart.Plugins.Standard.Receipts;

/// <summary>
/// What the store's settings put on the receipt, carried in the log's additional_info as the original
/// does: <c>receipt_headers</c> and <c>receipt_footers</c> (lists of <c>{"text", "align"}</c>, align
/// left, center or right, left when absent or unknown; an empty text is a blank line) and
/// <c>invoice_registration_number</c>.
/// </summary>
internal static class ConfiguredLines
{
    public const string Headers = "receipt_headers";

    public const string Footers = "receipt_footers";

    private const string InvoiceNumber = "invoice_registration_number";

    public static void Write(ReceiptPage page, TransactionLog transaction, string key)
    {
        if (transaction.AdditionalInfo?.GetValueOrDefault(key) is not { ValueKind: JsonValueKind.Array } lines)
        {
            return;
        }

        foreach (var line in lines.EnumerateArray().Where(line => line.ValueKind == JsonValueKind.Object))
        {
            var text = Text(line, "text") ?? string.Empty;
            if (text.Length == 0)
            {
                page.LineLeft(" ");
                continue;
            }

            _ = Text(line, "align") switch
            {
                "center" => page.LineCenter(text),
                "right" => page.LineRight(text),
                _ => page.LineLeft(text),
            };
        }
    }

    public static string? InvoiceRegistrationNumber(TransactionLog transaction) =>
        transaction.AdditionalInfo?.GetValueOrDefault(InvoiceNumber) is { ValueKind: JsonValueKind.String } number ? number.GetString() : null;

    private static string? Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
