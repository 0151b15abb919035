using System.Globalization;

namespace Kugelpos.Benchmarks;

/// <summary>Prints results and the verdicts against the sidecar's performance targets.</summary>
public static class BenchReport
{
    /// <summary>Sidecar throughput must stay at least this share of direct throughput.</summary>
    public const double MinThroughputRatio = 0.40;

    /// <summary>The sidecar may add at most this many milliseconds at p99.</summary>
    public const double MaxAddedP99Ms = 2.0;

    /// <summary>The sidecar path must sustain at least this many calls per second.</summary>
    public const double MinSidecarCallsPerSecond = 4_700;

    /// <summary>One line per run.</summary>
    public static void PrintRun(string label, LatencyStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} {stats.CallsPerSecond,10:N0} calls/s   p50 {stats.P50Ms,7:0.000} ms   p99 {stats.P99Ms,7:0.000} ms   max {stats.MaxMs,8:0.000} ms   ({stats.Calls:N0} ok, {stats.Errors:N0} failed, {stats.Elapsed.TotalSeconds:0.0} s)"));
    }

    /// <summary>The comparison line for one pair of runs, followed by <paramref name="note"/> when given.</summary>
    public static void PrintComparison(string label, LatencyStats sidecar, LatencyStats direct, string? note = null)
    {
        var (ratio, addedP99) = Compare(sidecar, direct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{label}] sidecar/direct throughput {ratio:P1}; p99 added by sidecar {addedP99:+0.000;-0.000} ms") + note);
    }

    /// <summary>The comparison and PASS/FAIL lines for one pair of runs.</summary>
    public static void PrintVerdicts(string label, LatencyStats sidecar, LatencyStats direct)
    {
        PrintComparison(label, sidecar, direct);
        var (ratio, addedP99) = Compare(sidecar, direct);
        var inv = CultureInfo.InvariantCulture;
        Verdict(ratio >= MinThroughputRatio, string.Create(inv, $"[{label}] sidecar keeps >= {MinThroughputRatio:P0} of direct throughput ({ratio:P1})"));
        Verdict(addedP99 <= MaxAddedP99Ms, string.Create(inv, $"[{label}] sidecar adds <= {MaxAddedP99Ms:0} ms at p99 ({addedP99:+0.000;-0.000} ms)"));
        Verdict(sidecar.CallsPerSecond >= MinSidecarCallsPerSecond, string.Create(inv, $"[{label}] sidecar >= {MinSidecarCallsPerSecond:N0} calls/s ({sidecar.CallsPerSecond:N0})"));
        Verdict(sidecar.Errors == 0 && direct.Errors == 0, string.Create(inv, $"[{label}] no failed calls (sidecar {sidecar.Errors}, direct {direct.Errors})"));
    }

    /// <summary>One target's line: MET or NOT MET, the target and what was measured.</summary>
    public static void PrintVerdict(TargetVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        Console.WriteLine($"{(verdict.Met ? "MET     " : "NOT MET ")}{verdict.Target} ({verdict.Measured})");
    }

    private static (double Ratio, double AddedP99Ms) Compare(LatencyStats sidecar, LatencyStats direct)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        ArgumentNullException.ThrowIfNull(direct);
        return (direct.CallsPerSecond > 0 ? sidecar.CallsPerSecond / direct.CallsPerSecond : 0, sidecar.P99Ms - direct.P99Ms);
    }

    private static void Verdict(bool pass, string text) => Console.WriteLine((pass ? "PASS " : "FAIL ") + text);
}
