namespace Kugelpos.Dapr.Outbox;

/// <summary>
/// The wait before the next publish attempt after <c>n</c> failed ones: the initial delay doubled
/// <c>n - 1</c> times, never above the cap, so a long pub/sub outage costs one attempt per cap
/// interval instead of a storm.
/// </summary>
public sealed class OutboxBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;

    /// <summary>Creates the schedule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A delay is not positive, or the cap is below the initial delay.</exception>
    public OutboxBackoff(TimeSpan initial, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        _initial = initial;
        _max = max;
    }

    /// <summary>The schedule of <paramref name="options"/>.</summary>
    public static OutboxBackoff From(OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OutboxBackoff(options.InitialRetryDelay, options.MaxRetryDelay);
    }

    /// <summary>The wait after <paramref name="failedAttempts"/> failed attempts in a row (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failedAttempts"/> is below 1.</exception>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);

        // Past 2^62 ticks the product overflows; the cap is reached long before any real count gets there.
        var doublings = Math.Min(failedAttempts - 1, 62);
        var ticks = _initial.Ticks * Math.Pow(2, doublings);
        return ticks >= _max.Ticks ? _max : TimeSpan.FromTicks((long)ticks);
    }
}
