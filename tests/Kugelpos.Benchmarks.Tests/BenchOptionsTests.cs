namespace Kugelpos.Benchmarks.Tests;

/// <summary>The benchmark's command line: the mode first, then its two numbers.</summary>
public sealed class BenchOptionsTests
{
    [Fact]
    public void Without_arguments_the_actor_benchmark_runs_with_32_callers_for_10_seconds()
    {
        var options = BenchOptions.Parse([], out var error);

        Assert.Null(error);
        Assert.Equal((BenchMode.Actors, 32, 10), (options!.Mode, options.Callers, options.Seconds));
    }

    [Fact]
    public void Sale_as_the_first_argument_chooses_the_sale_mode_with_32_devices_by_default()
    {
        var options = BenchOptions.Parse(["sale"], out var error);

        Assert.Null(error);
        Assert.Equal((BenchMode.Sale, 32, 10), (options!.Mode, options.Callers, options.Seconds));
    }

    [Fact]
    public void Events_as_the_first_argument_chooses_the_events_mode_with_32_publishers_by_default()
    {
        var options = BenchOptions.Parse(["events"], out var error);

        Assert.Null(error);
        Assert.Equal((BenchMode.Events, 32, 10), (options!.Mode, options.Callers, options.Seconds));
    }

    [Fact]
    public void The_events_mode_takes_seconds_callers_and_warm_up()
    {
        var options = BenchOptions.Parse(["events", "--seconds", "3", "--callers", "4", "--warmup", "0"], out var error);

        Assert.Null(error);
        Assert.Equal((BenchMode.Events, 4, 3, TimeSpan.Zero), (options!.Mode, options.Callers, options.Seconds, options.WarmUp));
    }

    [Fact]
    public void The_events_mode_warms_up_for_5_seconds_by_default()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), BenchOptions.Parse(["events"], out _)!.WarmUp);
    }

    [Fact]
    public void Seconds_and_callers_follow_the_mode_in_any_order()
    {
        var options = BenchOptions.Parse(["sale", "--callers", "8", "--seconds", "30"], out var error);

        Assert.Null(error);
        Assert.Equal((BenchMode.Sale, 8, 30), (options!.Mode, options.Callers, options.Seconds));
    }

    [Fact]
    public void The_mode_after_an_option_is_refused_by_name()
    {
        Assert.Null(BenchOptions.Parse(["--seconds", "5", "sale"], out var error));
        Assert.Contains("'sale'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mode_is_refused_by_name_listing_the_modes()
    {
        Assert.Null(BenchOptions.Parse(["checkout"], out var error));
        Assert.Contains("'checkout'", error, StringComparison.Ordinal);
        Assert.Contains("'sale' or 'events'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_events_mode_after_an_option_is_refused_by_name()
    {
        Assert.Null(BenchOptions.Parse(["--callers", "5", "events"], out var error));
        Assert.Contains("'events'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--callers", "0")]
    [InlineData("--callers", "-4")]
    [InlineData("--seconds", "100001")]
    [InlineData("--seconds", "ten")]
    public void A_number_out_of_range_or_not_a_number_is_refused_naming_the_option(string option, string value)
    {
        Assert.Null(BenchOptions.Parse(["sale", option, value], out var error));
        Assert.Equal($"{option} needs a whole number from 1 to 100000", error);
    }

    [Fact]
    public void An_option_without_its_number_is_refused()
    {
        Assert.Null(BenchOptions.Parse(["sale", "--callers"], out var error));
        Assert.Equal("--callers needs a whole number from 1 to 100000", error);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(10, 2)]
    [InlineData(60, 3)]
    public void The_warm_up_is_a_fifth_of_a_run_from_one_to_three_seconds(int seconds, int warmUp)
    {
        Assert.Equal(TimeSpan.FromSeconds(warmUp), (BenchOptions.Parse(["--seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)], out _)!).WarmUp);
    }

    [Fact]
    public void The_sale_mode_warms_up_for_30_seconds_by_default()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), BenchOptions.Parse(["sale"], out _)!.WarmUp);
    }

    [Theory]
    [InlineData("sale", 0)]
    [InlineData("sale", 90)]
    [InlineData("--callers", 5)]
    public void A_warm_up_asked_for_is_taken_in_either_mode(string first, int seconds)
    {
        var text = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] args = first == "sale" ? ["sale", "--warmup", text] : [first, "4", "--warmup", text];

        Assert.Equal(TimeSpan.FromSeconds(seconds), BenchOptions.Parse(args, out _)!.WarmUp);
    }

    [Fact]
    public void A_negative_warm_up_is_refused_naming_the_option()
    {
        Assert.Null(BenchOptions.Parse(["sale", "--warmup", "-1"], out var error));
        Assert.Equal("--warmup needs a whole number from 0 to 100000", error);
    }
}
