namespace Kugelpos.Cart.MasterData;

/// <summary>
/// How long the cart believes what master data answered, bound from <c>Kugelpos:Cart:MasterDataCache</c>.
/// Short, because a price or a payment changed in master data must reach the tills within a minute; a
/// cart keeps its own snapshot of what it used, so an expiry never changes a cart in progress.
/// </summary>
public sealed class MasterDataCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Cart:MasterDataCache";

    /// <summary>How long an answer is kept; 60 seconds by default, zero to ask every time.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long "no such code" is kept; 10 seconds by default, zero to ask every time. Shorter, so an
    /// item just added to master data sells soon, yet a till scanning an unknown code does not ask each time.
    /// </summary>
    public TimeSpan MissDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most answers kept at once (items of every store count one each); when full, new answers are not kept until entries expire.</summary>
    public int Size { get; set; } = 50_000;
}
