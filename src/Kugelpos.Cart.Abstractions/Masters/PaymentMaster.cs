namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>
/// A payment method as a payment plugin needs it (master-data's <c>PaymentResponse</c>, same names).
/// </summary>
public sealed record PaymentMaster
{
    /// <summary>Payment code, e.g. <c>01</c> cash.</summary>
    public required string PaymentCode { get; init; }

    /// <summary>Name of the payment method, recorded on the payment.</summary>
    public string? Description { get; init; }

    /// <summary>The most one payment may be (0: no limit, as the original never checks it).</summary>
    public decimal LimitAmount { get; init; }

    /// <summary>Whether a return may pay back with this method.</summary>
    public bool CanRefund { get; init; } = true;

    /// <summary>Whether more than the balance may be handed over.</summary>
    public bool CanDepositOver { get; init; }

    /// <summary>Whether change is given.</summary>
    public bool CanChange { get; init; }

    /// <summary>Whether the method may be used at all.</summary>
    public bool IsActive { get; init; } = true;
}
