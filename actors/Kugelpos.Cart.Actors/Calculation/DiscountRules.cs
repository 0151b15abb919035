using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>What every requested discount must be, on a line or on the subtotal.</summary>
internal static class DiscountRules
{
    /// <summary>Refuses an unknown type, a negative value or a percentage above 100.</summary>
    public static void Validate(RequestedDiscount discount)
    {
        ArgumentNullException.ThrowIfNull(discount);
        if (discount.DiscountType is not (DiscountTypes.Amount or DiscountTypes.Percentage))
        {
            throw CartRefusals.InvalidValue(
                "discountType", $"The discount type must be {DiscountTypes.Amount} or {DiscountTypes.Percentage}.");
        }

        if (discount.DiscountValue < 0m)
        {
            throw CartRefusals.InvalidValue("discountValue", "A discount cannot be negative.");
        }

        if (discount.DiscountType == DiscountTypes.Percentage && discount.DiscountValue > CartLimits.MaxPercentage)
        {
            throw CartRefusals.InvalidValue("discountValue", "A discount percentage is between 0 and 100.");
        }
    }
}
