namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>The discounts that replace the subtotal's discounts.</summary>
public sealed record SubtotalDiscountsRequest
{
    /// <summary>The discounts, in order.</summary>
    public required IReadOnlyList<CartDiscountEntry> Discounts { get; init; }
}
