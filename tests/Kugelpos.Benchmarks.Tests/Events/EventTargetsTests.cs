using Kugelpos.Benchmarks.Events;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>The events mode's verdict: &gt;= 1,000 events/s through report, journal and stock, every event completed.</summary>
public sealed class EventTargetsTests
{
    private static readonly TimeSpan WaitEnded = TimeSpan.FromSeconds(30);

    [Fact]
    public void Exactly_1000_events_per_second_through_all_three_is_met()
    {
        var verdict = EventTargets.Judge([Done("report", 10_000, 8), Done("journal", 10_000, 10), Done("stock", 10_000, 9)], WaitEnded);

        Assert.True(verdict.Met);
        Assert.Equal((">= 1,000 events/s through all three", "1,000 events/s"), (verdict.Target, verdict.Measured));
    }

    [Fact]
    public void Below_1000_events_per_second_through_all_three_is_not_met()
    {
        var verdict = EventTargets.Judge([Done("report", 10_000, 8), Done("journal", 10_000, 10.1), Done("stock", 10_000, 9)], WaitEnded);

        Assert.False(verdict.Met);
        Assert.Equal("990 events/s", verdict.Measured);
    }

    [Fact]
    public void A_subscriber_that_did_not_finish_fails_the_target_however_fast_the_rest_went_and_is_named()
    {
        var behind = new SubscriberProgress("stock", 0, 100_000);
        behind.Observe(new GroupReading(true, 40_000, 0), TimeSpan.FromSeconds(20));

        var verdict = EventTargets.Judge([Done("report", 100_000, 10), Done("journal", 100_000, 10), behind], WaitEnded);

        Assert.False(verdict.Met);
        Assert.Equal("1,333 events/s; stock completed 40,000 of 100,000 when the wait ended", verdict.Measured);
    }

    [Fact]
    public void Subscribers_without_a_consumer_group_fail_the_target_and_are_named_as_not_subscribed()
    {
        var absent = new[] { "report", "journal", "stock" }.Select(id =>
        {
            var progress = new SubscriberProgress(id, 1, 5_000);
            progress.Observe(GroupReading.Absent, TimeSpan.FromSeconds(15));
            return progress;
        }).ToList();

        var verdict = EventTargets.Judge(absent, TimeSpan.FromSeconds(15));

        Assert.False(verdict.Met);
        Assert.Equal("0 events/s; no consumer group for report, journal, stock: not subscribed", verdict.Measured);
    }

    [Fact]
    public void A_run_in_which_nothing_was_published_meets_nothing()
    {
        var verdict = EventTargets.Judge([Done("report", 0, 0), Done("journal", 0, 0), Done("stock", 0, 0)], WaitEnded);

        Assert.False(verdict.Met);
        Assert.Equal("nothing was published", verdict.Measured);
    }

    private static SubscriberProgress Done(string appId, long published, double seconds)
    {
        var progress = new SubscriberProgress(appId, 0, published);
        progress.Observe(new GroupReading(true, published, 0), TimeSpan.FromSeconds(seconds));
        return progress;
    }
}
