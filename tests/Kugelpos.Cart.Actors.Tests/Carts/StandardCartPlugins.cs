using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Plugins.Standard.Payments;

namespace Kugelpos.Cart.Actors.Tests.Carts;

/// <summary>The standard payment plugins (cash 01, cashless 11, others 12), no promotion, the receipt given (none unless set).</summary>
internal sealed class StandardCartPlugins : ICartPlugins
{
    private readonly Dictionary<string, IPaymentPlugin> _payments = new()
    {
        ["01"] = new CashPayment(),
        ["11"] = new CashlessPayment(),
        ["12"] = new OthersPayment(),
    };

    public IReadOnlyList<ISalesPromotionPlugin> Promotions { get; } = [];

    public IReceiptDataPlugin? Receipt { get; init; }

    public IPaymentPlugin? Payment(string paymentCode) => _payments.GetValueOrDefault(paymentCode);
}
