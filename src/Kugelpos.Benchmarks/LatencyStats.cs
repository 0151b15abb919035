using System.Diagnostics;

namespace Kugelpos.Benchmarks;

/// <summary>What one measured run saw: successful calls, failures, throughput and latency percentiles.</summary>
public sealed class LatencyStats
{
    private readonly long[] _sortedTicks;

    /// <summary>Builds the statistics from per-call latencies in <see cref="Stopwatch"/> ticks.</summary>
    public LatencyStats(ReadOnlySpan<long> latencyTicks, long calls, long errors, TimeSpan elapsed)
    {
        _sortedTicks = latencyTicks.ToArray();
        Array.Sort(_sortedTicks);
        Calls = calls;
        Errors = errors;
        Elapsed = elapsed;
    }

    /// <summary>Calls that returned the right answer.</summary>
    public long Calls { get; }

    /// <summary>Calls that threw or answered wrongly.</summary>
    public long Errors { get; }

    /// <summary>Wall time of the measured run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Successful calls per second.</summary>
    public double CallsPerSecond => Elapsed > TimeSpan.Zero ? Calls / Elapsed.TotalSeconds : 0;

    /// <summary>Median latency in milliseconds.</summary>
    public double P50Ms => PercentileMs(0.50);

    /// <summary>99th-percentile latency in milliseconds.</summary>
    public double P99Ms => PercentileMs(0.99);

    /// <summary>The slowest recorded call in milliseconds.</summary>
    public double MaxMs => PercentileMs(1.0);

    /// <summary>The latency below which <paramref name="fraction"/> of recorded calls fall (nearest rank).</summary>
    public double PercentileMs(double fraction)
    {
        if (_sortedTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * _sortedTicks.Length) - 1;
        return _sortedTicks[Math.Clamp(rank, 0, _sortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
