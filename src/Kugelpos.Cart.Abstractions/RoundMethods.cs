namespace Kugelpos.Cart.Abstractions;

/// <summary>The original's rounding methods (kugel_common RoundMethod values).</summary>
public static class RoundMethods
{
    /// <summary>To the nearest unit, a half away from zero (Python's ROUND_HALF_UP).</summary>
    public const string Round = "Round";

    /// <summary>Down (ROUND_FLOOR).</summary>
    public const string Floor = "Floor";

    /// <summary>Up (ROUND_CEILING).</summary>
    public const string Ceil = "Ceil";
}
