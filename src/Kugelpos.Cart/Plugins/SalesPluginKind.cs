using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// A kind of sales plugin: the name an entry of the plugin configuration gives as its <c>kind</c>, and
/// the contract every type configured for it must implement (the actor casts to it without checking).
/// </summary>
/// <param name="Name">The configuration's name of the kind, e.g. <c>payment</c>.</param>
/// <param name="Contract">The interface, extending <see cref="ISalesPlugin"/>, its plugins implement.</param>
public sealed record SalesPluginKind(string Name, Type Contract)
{
    /// <summary>A payment method (cash 01, cashless 11, others 12), found by payment code.</summary>
    public static readonly SalesPluginKind Payment = new("payment", typeof(IPaymentPlugin));

    /// <summary>A sales promotion, run in configuration order in its phase (line item or subtotal).</summary>
    public static readonly SalesPluginKind SalesPromotion = new("sales_promotion", typeof(ISalesPromotionPlugin));

    /// <summary>A receipt layout rendering receipt and journal text; the cart uses <c>default</c>.</summary>
    public static readonly SalesPluginKind ReceiptData = new("receipt_data", typeof(IReceiptDataPlugin));

    /// <summary>Every kind the cart service loads.</summary>
    public static IReadOnlyList<SalesPluginKind> All { get; } = [Payment, SalesPromotion, ReceiptData];
}
