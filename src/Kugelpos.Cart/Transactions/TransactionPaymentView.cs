using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Transactions;

/// <summary>OpenAPI schema <c>BaseTranPayment</c>.</summary>
public sealed record TransactionPaymentView(int? PaymentNo, string? PaymentCode, string? PaymentName, decimal PaymentAmount, string? PaymentDetail)
{
    public static TransactionPaymentView From(TransactionPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(payment.PaymentNo, payment.PaymentCode, payment.Description, payment.Amount, payment.Detail);
    }
}
