namespace Kugelpos.Cart.MasterData;

/// <summary>A payment method as master data's <c>.../payments/{payment_code}</c> answers it.</summary>
/// <param name="PaymentCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="LimitAmount">The most one payment may be.</param>
/// <param name="CanRefund">Whether it can be refunded.</param>
/// <param name="CanDepositOver">Whether more than the balance may be paid.</param>
/// <param name="CanChange">Whether change is given.</param>
/// <param name="IsActive">Whether it can be used.</param>
public sealed record MasterPayment(
    string PaymentCode,
    string Description,
    decimal LimitAmount,
    bool CanRefund,
    bool CanDepositOver,
    bool CanChange,
    bool IsActive);
