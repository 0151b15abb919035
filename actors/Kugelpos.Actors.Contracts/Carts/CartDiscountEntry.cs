namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>A discount asked for, on a line or on the subtotal.</summary>
public sealed record CartDiscountEntry
{
    /// <summary>One of <see cref="Kugelpos.Cart.Abstractions.DiscountTypes"/>.</summary>
    public required string DiscountType { get; init; }

    /// <summary>The amount, or the percentage.</summary>
    public required decimal DiscountValue { get; init; }

    /// <summary>Free text recorded with the discount.</summary>
    public string? DiscountDetail { get; init; }
}
