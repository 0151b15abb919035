namespace Kugelpos.Sidecar.Resources;

/// <summary>A retry policy: <c>constant</c> or <c>exponential</c>, with its interval and limit (-1 = unlimited).</summary>
public sealed record RetryPolicySpec(string Policy, TimeSpan Duration, TimeSpan MaxInterval, int MaxRetries)
{
    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        if (Policy == "constant")
        {
            return Duration;
        }

        // Exponential doubles from the initial interval, as Dapr's backoff does, up to maxInterval.
        var ticks = Duration.Ticks * Math.Pow(2, Math.Max(0, attempt - 1));
        return ticks >= MaxInterval.Ticks ? MaxInterval : TimeSpan.FromTicks((long)ticks);
    }
}
