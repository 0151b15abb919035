namespace Kugelpos.MasterData.Taxes;

/// <summary>The original's rounding methods of a tax amount (<c>RoundMethod</c> enum values).</summary>
public static class RoundMethods
{
    /// <summary>To the nearest unit.</summary>
    public const string Round = "Round";

    /// <summary>Down.</summary>
    public const string Floor = "Floor";

    /// <summary>Up.</summary>
    public const string Ceil = "Ceil";
}
