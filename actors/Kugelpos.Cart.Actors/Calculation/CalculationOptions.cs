using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>The settings of the cart calculation.</summary>
public sealed record CalculationOptions
{
    /// <summary>
    /// How percentage discounts and subtotal discount shares are rounded to whole units; the original's
    /// ROUND_METHOD_FOR_DISCOUNT, default <see cref="RoundMethods.Round"/> (half up).
    /// </summary>
    public string DiscountRounding { get; init; } = RoundMethods.Round;

    /// <summary>The stamp duty tiers; the original's STAMP_DUTY_MASTER by default.</summary>
    public IReadOnlyList<StampDutyTier> StampDutyTiers { get; init; } = StampDutyTier.JapaneseReceiptTiers;

    /// <summary>The defaults of the original.</summary>
    public static CalculationOptions Default { get; } = new();
}
