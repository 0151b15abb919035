using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.Payments;

/// <summary>A payment method as the API returns it (OpenAPI schema <c>PaymentResponse</c>).</summary>
/// <param name="PaymentCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="LimitAmount">The most one payment may be.</param>
/// <param name="CanRefund">Whether it can be refunded.</param>
/// <param name="CanDepositOver">Whether more than the balance may be paid.</param>
/// <param name="CanChange">Whether change is given.</param>
/// <param name="IsActive">Whether it can be used.</param>
/// <param name="EntryDatetime">When it was created (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record PaymentView(
    string PaymentCode,
    string Description,
    decimal LimitAmount,
    bool CanRefund,
    bool CanDepositOver,
    bool CanChange,
    bool IsActive,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static PaymentView From(PaymentDocument payment) => new(
        payment.PaymentCode,
        payment.Description,
        payment.LimitAmount,
        payment.CanRefund,
        payment.CanDepositOver,
        payment.CanChange,
        payment.IsActive,
        ResponseTimestamps.Format(payment.CreatedAt),
        ResponseTimestamps.Format(payment.UpdatedAt));
}
