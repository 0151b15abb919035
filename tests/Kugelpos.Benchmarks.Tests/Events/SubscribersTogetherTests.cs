using Kugelpos.Benchmarks.Events;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>Events through all three subscribers: what the slowest completed, until the last was done.</summary>
public sealed class SubscribersTogetherTests
{
    [Fact]
    public void All_three_complete_what_the_one_furthest_behind_completed_until_the_last_is_done()
    {
        var subscribers = new[] { Done("report", 4), Done("journal", 8), Done("stock", 5) };

        Assert.Equal(2000, SubscribersTogether.Completed(subscribers));
        Assert.Equal(TimeSpan.FromSeconds(8), SubscribersTogether.Window(subscribers, TimeSpan.FromSeconds(70)));
        Assert.Equal(250, SubscribersTogether.EventsPerSecond(subscribers, TimeSpan.FromSeconds(70)));
    }

    [Fact]
    public void When_one_is_not_done_the_window_runs_until_the_wait_ended()
    {
        var behind = new SubscriberProgress("stock", 0, 2000);
        behind.Observe(new GroupReading(true, 1500, 0), TimeSpan.FromSeconds(9));
        var subscribers = new[] { Done("report", 4), Done("journal", 8), behind };

        Assert.Equal(1500, SubscribersTogether.Completed(subscribers));
        Assert.Equal(100, SubscribersTogether.EventsPerSecond(subscribers, TimeSpan.FromSeconds(15)));
    }

    // A subscriber that acknowledged all 2,000 events of the run after `seconds`.
    private static SubscriberProgress Done(string appId, double seconds)
    {
        var progress = new SubscriberProgress(appId, 0, 2000);
        progress.Observe(new GroupReading(true, 2000, 0), TimeSpan.FromSeconds(seconds));
        return progress;
    }
}
