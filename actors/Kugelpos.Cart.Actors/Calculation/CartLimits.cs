namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The bounds the cart puts on what a terminal asks for. The original has none (a quantity of 0 divides
/// by zero, a negative one makes a negative sale); ours refuses outside them.
/// </summary>
public static class CartLimits
{
    /// <summary>Largest quantity of one line.</summary>
    public const int MaxQuantity = 99_999;

    /// <summary>Largest unit price.</summary>
    public const decimal MaxUnitPrice = 99_999_999m;

    /// <summary>Largest percentage of a discount.</summary>
    public const decimal MaxPercentage = 100m;
}
