namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>Payments to take, in order.</summary>
public sealed record AddPaymentsRequest
{
    /// <summary>The payments.</summary>
    public required IReadOnlyList<CartPaymentEntry> Payments { get; init; }
}
