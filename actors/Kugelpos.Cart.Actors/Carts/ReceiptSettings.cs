using System.Globalization;
using System.Text.Json;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>
/// What the cart's settings snapshot says about its receipts (the original's tran_service): the
/// receipt number range, and the invoice registration number, header and footer lines the log
/// carries in its additional_info for the receipt plugin.
/// </summary>
public static class ReceiptSettings
{
    /// <summary>First receipt number setting.</summary>
    public const string ReceiptNoStart = "RECEIPT_NO_START_VALUE";

    /// <summary>Last receipt number setting, after which numbers wrap to the first.</summary>
    public const string ReceiptNoEnd = "RECEIPT_NO_END_VALUE";

    /// <summary>The store's invoice registration number setting.</summary>
    public const string InvoiceRegistrationNumber = "INVOICE_REGISTRATION_NUMBER";

    /// <summary>The receipt header lines setting: a list of <c>{"text", "align"}</c>.</summary>
    public const string ReceiptHeaders = "RECEIPT_HEADERS";

    /// <summary>The receipt footer lines setting: a list of <c>{"text", "align"}</c>.</summary>
    public const string ReceiptFooters = "RECEIPT_FOOTERS";

    /// <summary>The original's defaults (settings_app.py) for a tenant that has not set the range.</summary>
    public static ReceiptNumberRange DefaultRange { get; } = new() { Start = 111111, End = 999999 };

    /// <summary>The range the cart's receipt number is taken in; each bound not set (or not a number) is the original's default.</summary>
    /// <param name="cart">The cart, with its settings snapshot.</param>
    public static ReceiptNumberRange Range(CartDocument cart) => Range(Value(cart, ReceiptNoStart), Value(cart, ReceiptNoEnd));

    /// <summary>The range given the two settings' values; each bound not set (or not a number) is the original's default.</summary>
    /// <param name="start">The value of <see cref="ReceiptNoStart"/>, or null.</param>
    /// <param name="end">The value of <see cref="ReceiptNoEnd"/>, or null.</param>
    public static ReceiptNumberRange Range(string? start, string? end) => new()
    {
        Start = Number(start) ?? DefaultRange.Start,
        End = Number(end) ?? DefaultRange.End,
    };

    /// <summary>
    /// The log's additional_info: <c>invoice_registration_number</c>, <c>receipt_headers</c> and
    /// <c>receipt_footers</c> where set (lines that are not <c>{"text", "align"}</c> left out); empty
    /// when none is, as the original.
    /// </summary>
    /// <param name="cart">The cart, with its settings snapshot.</param>
    public static IReadOnlyDictionary<string, JsonElement> AdditionalInfo(CartDocument cart)
    {
        var info = new Dictionary<string, JsonElement>();
        if (Value(cart, InvoiceRegistrationNumber) is { } invoiceNumber)
        {
            info["invoice_registration_number"] = JsonSerializer.SerializeToElement(invoiceNumber);
        }

        foreach (var (setting, key) in new[] { (ReceiptHeaders, "receipt_headers"), (ReceiptFooters, "receipt_footers") })
        {
            if (ReceiptLines.Parse(Value(cart, setting)) is { } lines)
            {
                info[key] = lines;
            }
        }

        return info;
    }

    private static string? Value(CartDocument cart, string name)
    {
        ArgumentNullException.ThrowIfNull(cart);
        return cart.Masters.Settings.FirstOrDefault(s => s.Name == name)?.ValueFor(cart.StoreCode, cart.TerminalNo);
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
