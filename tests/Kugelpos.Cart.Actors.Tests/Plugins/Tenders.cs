using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Plugins.Standard.Payments;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

/// <summary>The standard payment methods and a way to pay with them as the cart service will.</summary>
internal static class Tenders
{
    public static PaymentMaster Cash { get; } = new() { PaymentCode = "01", Description = "現金", CanDepositOver = true, CanChange = true };

    public static PaymentMaster Cashless { get; } = new() { PaymentCode = "11", Description = "キャッシュレス" };

    public static PaymentMaster Others { get; } = new() { PaymentCode = "12", Description = "その他" };

    private static readonly Dictionary<string, IPaymentPlugin> Plugins = new()
    {
        ["01"] = new CashPayment(),
        ["11"] = new CashlessPayment(),
        ["12"] = new OthersPayment(),
    };

    public static async Task<CartDocument> PayAsync(CartDocument cart, PaymentMaster method, decimal amount, string? detail = null) =>
        await Plugins[method.PaymentCode].PayAsync(cart, new PaymentTender(method, amount, detail), CancellationToken.None);
}
