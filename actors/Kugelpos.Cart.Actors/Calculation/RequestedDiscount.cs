namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>A discount a terminal asks for, on a line or on the subtotal.</summary>
/// <param name="DiscountType">One of <see cref="Abstractions.DiscountTypes"/>.</param>
/// <param name="DiscountValue">The amount, or the percentage.</param>
/// <param name="DiscountDetail">Free text recorded with the discount.</param>
public sealed record RequestedDiscount(string DiscountType, decimal DiscountValue, string? DiscountDetail = null);
