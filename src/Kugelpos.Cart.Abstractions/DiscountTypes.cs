namespace Kugelpos.Cart.Abstractions;

/// <summary>The discount types of the original (cart/app/enums/discount_type.py).</summary>
public static class DiscountTypes
{
    /// <summary>A fixed amount of money.</summary>
    public const string Amount = "DiscountAmount";

    /// <summary>A percentage.</summary>
    public const string Percentage = "DiscountPercentage";
}
