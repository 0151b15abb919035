using Kugelpos.Cart.Abstractions.Masters;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>One payment, with the payment method the caller read from master data.</summary>
public sealed record CartPaymentEntry
{
    /// <summary>The payment method; its code chooses the payment plugin.</summary>
    public required PaymentMaster Method { get; init; }

    /// <summary>The amount handed over.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Free text recorded with the payment.</summary>
    public string? Detail { get; init; }
}
