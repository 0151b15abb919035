using System.Diagnostics;

namespace Kugelpos.Benchmarks.Tests;

/// <summary>What a run's statistics say: nearest-rank percentiles, the slowest call, the rate.</summary>
public sealed class LatencyStatsTests
{
    [Fact]
    public void Percentiles_take_the_nearest_rank_and_max_the_slowest_call()
    {
        var ticks = Enumerable.Range(1, 100).Select(ms => ms * Stopwatch.Frequency / 1000).Reverse().ToArray();

        var stats = new LatencyStats(ticks, 100, 3, TimeSpan.FromSeconds(4));

        Assert.Equal((50.0, 99.0, 100.0), (Math.Round(stats.P50Ms, 6), Math.Round(stats.P99Ms, 6), Math.Round(stats.MaxMs, 6)));
        Assert.Equal((25.0, 3L), (stats.CallsPerSecond, stats.Errors));
    }

    [Fact]
    public void A_run_without_a_successful_call_has_no_latency()
    {
        var stats = new LatencyStats([], 0, 5, TimeSpan.FromSeconds(1));

        Assert.True(double.IsNaN(stats.P99Ms));
        Assert.True(double.IsNaN(stats.MaxMs));
        Assert.Equal(0, stats.CallsPerSecond);
    }
}
