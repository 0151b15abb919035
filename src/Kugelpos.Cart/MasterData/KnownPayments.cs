using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Cart.MasterData;

/// <summary>The payment methods a request names, each one master data must know, as the original checks them.</summary>
internal static class KnownPayments
{
    /// <summary>The payment method <paramref name="paymentCode"/>; a code master data does not know answers 404 naming it.</summary>
    public static async ValueTask<PaymentMaster> RequireAsync(ICartMasterData masterData, string tenantId, string paymentCode, CancellationToken cancellationToken) =>
        await masterData.FindPaymentAsync(tenantId, paymentCode, cancellationToken)
            ?? throw new KugelposException(StatusCodes.Status404NotFound, CartErrorCodes.ResourceNotFound, $"Payment method not found: payment_code->{paymentCode}", "paymentCode");
}
