namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>The discounts that replace one line's discounts.</summary>
public sealed record LineDiscountsRequest
{
    /// <summary>The line number (from 1).</summary>
    public required int LineNo { get; init; }

    /// <summary>The discounts, in order.</summary>
    public required IReadOnlyList<CartDiscountEntry> Discounts { get; init; }
}
