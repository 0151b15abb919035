using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Plugins;

namespace Kugelpos.Cart.Carts;

/// <summary>The cart actor's plugins: those of the service's <see cref="SalesPluginRegistry"/>.</summary>
/// <param name="registry">The plugins loaded from <c>plugins.json</c> at start-up.</param>
internal sealed class CartPlugins(SalesPluginRegistry registry) : ICartPlugins
{
    /// <summary>The receipt layout carts render with when several are configured.</summary>
    public const string DefaultReceipt = "default";

    public IReadOnlyList<ISalesPromotionPlugin> Promotions { get; } = registry.All<ISalesPromotionPlugin>(SalesPluginKind.SalesPromotion);

    public IReceiptDataPlugin? Receipt { get; } =
        registry.Find<IReceiptDataPlugin>(SalesPluginKind.ReceiptData, DefaultReceipt)
        ?? First(registry.All<IReceiptDataPlugin>(SalesPluginKind.ReceiptData));

    public IPaymentPlugin? Payment(string paymentCode) => registry.Find<IPaymentPlugin>(SalesPluginKind.Payment, paymentCode);

    private static IReceiptDataPlugin? First(IReadOnlyList<IReceiptDataPlugin> receipts) => receipts.Count == 0 ? null : receipts[0];
}
