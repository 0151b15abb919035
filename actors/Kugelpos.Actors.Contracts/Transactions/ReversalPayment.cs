namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>One payment of a void or return (the original's PaymentRequest).</summary>
public sealed record ReversalPayment
{
    /// <summary>The payment method's code, e.g. <c>01</c> for cash.</summary>
    public required string PaymentCode { get; init; }

    /// <summary>The amount paid back.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Free detail, e.g. a card reference.</summary>
    public string? Detail { get; init; }
}
