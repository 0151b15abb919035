using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>
/// The sales plugins the cart actor uses, as the hosting service configured them (the service
/// implements this over its plugin registry, which this project cannot see).
/// </summary>
public interface ICartPlugins
{
    /// <summary>The sales promotions, in configuration order.</summary>
    IReadOnlyList<ISalesPromotionPlugin> Promotions { get; }

    /// <summary>The receipt plugin the bill and the cancel render with, if one is configured.</summary>
    IReceiptDataPlugin? Receipt { get; }

    /// <summary>The payment plugin of <paramref name="paymentCode"/>, or null when none is configured.</summary>
    IPaymentPlugin? Payment(string paymentCode);
}
