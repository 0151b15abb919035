using System.Diagnostics;
using Kugelpos.Benchmarks.Sale;

namespace Kugelpos.Benchmarks.Tests;

/// <summary>The sale benchmark's verdicts: add-item &gt;= 5,000/s at 32 devices; whole-sale p99 &lt;= 150 ms.</summary>
public sealed class SaleTargetsTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    [Fact]
    public void Both_targets_are_met_at_32_devices_at_exactly_their_limits()
    {
        var verdicts = SaleTargets.Judge(32, Calls(5_000, 2.0), Calls(100, 150.0));

        Assert.All(verdicts, v => Assert.True(v.Met, v.Target));
        Assert.Equal(["add-item >= 5,000/s at 32 devices", "whole-sale p99 <= 150 ms"], verdicts.Select(v => v.Target));
        Assert.Equal(["5,000/s", "p99 150.0 ms"], verdicts.Select(v => v.Measured));
    }

    [Fact]
    public void Add_item_below_5000_per_second_is_not_met()
    {
        var verdict = SaleTargets.Judge(32, Calls(4_999, 2.0), Calls(100, 20.0))[0];

        Assert.False(verdict.Met);
        Assert.Equal("4,999/s", verdict.Measured);
    }

    [Fact]
    public void Add_item_measured_at_another_number_of_devices_is_not_met_and_says_how_to_judge_it()
    {
        var verdict = SaleTargets.Judge(64, Calls(9_000, 2.0), Calls(100, 20.0))[0];

        Assert.False(verdict.Met);
        Assert.Equal("9,000/s at 64 devices; run with --callers 32 to judge it", verdict.Measured);
    }

    [Fact]
    public void A_whole_sale_p99_over_150_ms_is_not_met()
    {
        var verdict = SaleTargets.Judge(32, Calls(6_000, 2.0), Calls(100, 150.1))[1];

        Assert.False(verdict.Met);
        Assert.Equal("p99 150.1 ms", verdict.Measured);
    }

    [Fact]
    public void A_fast_p99_with_failed_sales_is_not_met_and_counts_the_failures()
    {
        var verdict = SaleTargets.Judge(32, Calls(6_000, 2.0), Calls(100, 20.0, errors: 7))[1];

        Assert.False(verdict.Met);
        Assert.Equal("p99 20.0 ms of the sales that went through, but 7 failed", verdict.Measured);
    }

    [Fact]
    public void A_run_in_which_no_sale_went_through_meets_nothing()
    {
        var verdicts = SaleTargets.Judge(32, Calls(0, 2.0), Calls(0, 0, errors: 12));

        Assert.All(verdicts, v => Assert.False(v.Met));
        Assert.Equal("no sale went through", verdicts[1].Measured);
    }

    // A one-second run of `calls` successful calls that all took `ms`.
    private static LatencyStats Calls(int calls, double ms, long errors = 0)
    {
        var ticks = Enumerable.Repeat((long)(ms * Stopwatch.Frequency / 1000.0), calls).ToArray();
        return new LatencyStats(ticks, calls, errors, OneSecond);
    }
}
