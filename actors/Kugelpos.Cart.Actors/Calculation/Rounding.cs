using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The original's rounding: Python <c>Decimal.quantize</c> / <c>to_integral_value</c> with ROUND_FLOOR,
/// ROUND_HALF_UP or ROUND_CEILING (calc_tax_logic.__round, calc_line_item_logic.__round), not Python's
/// <c>round()</c>, which the cart never uses. Ours is exact decimal throughout; the original first turns
/// its floats into Decimals (<c>Decimal(33.33)</c> is 33.3299...), so only where a float misstates a
/// value sitting exactly on a rounding boundary can it land one unit from us.
/// </summary>
public static class Rounding
{
    /// <summary>Rounds to whole units.</summary>
    /// <param name="value">The value.</param>
    /// <param name="method">One of <see cref="RoundMethods"/>; anything else leaves the value as it is (as the original).</param>
    public static decimal ToWholeUnits(decimal value, string? method) => ToDigits(value, method, 0);

    /// <summary>Rounds to a number of decimal places.</summary>
    /// <param name="value">The value.</param>
    /// <param name="method">One of <see cref="RoundMethods"/>; anything else leaves the value as it is (as the original).</param>
    /// <param name="digits">Decimal places; 0 or less is whole units, because the original quantizes to
    /// <c>"1." + "0" * digits</c> and a negative count gives <c>"1."</c>.</param>
    public static decimal ToDigits(decimal value, string? method, int digits)
    {
        var places = Math.Max(digits, 0);
        return method switch
        {
            RoundMethods.Floor => Math.Round(value, places, MidpointRounding.ToNegativeInfinity),
            RoundMethods.Round => Math.Round(value, places, MidpointRounding.AwayFromZero),
            RoundMethods.Ceil => Math.Round(value, places, MidpointRounding.ToPositiveInfinity),
            _ => value,
        };
    }
}
