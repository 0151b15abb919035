namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>One tier of stamp duty on a receipt: from this amount on, this duty.</summary>
/// <param name="TargetAmount">The lowest amount of the tier.</param>
/// <param name="StampDutyAmount">The duty.</param>
public sealed record StampDutyTier(decimal TargetAmount, decimal StampDutyAmount)
{
    /// <summary>The original's STAMP_DUTY_MASTER (kugel_common settings_stamp_duty.py), highest first.</summary>
    public static IReadOnlyList<StampDutyTier> JapaneseReceiptTiers { get; } =
    [
        new(1_000_000_000m, 200_000m),
        new(500_000_000m, 150_000m),
        new(300_000_000m, 100_000m),
        new(200_000_000m, 60_000m),
        new(100_000_000m, 40_000m),
        new(50_000_000m, 20_000m),
        new(30_000_000m, 10_000m),
        new(20_000_000m, 6_000m),
        new(10_000_000m, 4_000m),
        new(5_000_000m, 2_000m),
        new(3_000_000m, 1_000m),
        new(2_000_000m, 600m),
        new(1_000_000m, 400m),
        new(50_000m, 200m),
    ];
}
