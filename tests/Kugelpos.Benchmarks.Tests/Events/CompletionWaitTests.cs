using Kugelpos.Benchmarks.Events;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>The wait after publishing: until all are done, at most 60 s, or 10 s without any acknowledgement.</summary>
public sealed class CompletionWaitTests
{
    private static readonly TimeSpan PublishingStopped = TimeSpan.FromSeconds(10);

    [Fact]
    public void The_wait_is_over_once_every_subscriber_is_done()
    {
        var subscribers = new[] { At(1000, 11), At(1000, 12), At(1000, 12.5) };

        Assert.True(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(12.5), PublishingStopped));
    }

    [Fact]
    public void The_wait_goes_on_while_a_subscriber_still_acknowledges_events()
    {
        var subscribers = new[] { At(1000, 11), At(1000, 12), At(600, 30) };

        Assert.False(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(39.9), PublishingStopped));
    }

    [Fact]
    public void The_wait_is_over_10_seconds_after_the_last_acknowledgement_of_any_subscriber()
    {
        var subscribers = new[] { At(1000, 11), At(1000, 12), At(600, 30) };

        Assert.True(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(40), PublishingStopped));
    }

    [Fact]
    public void Without_any_acknowledgement_the_wait_is_over_10_seconds_after_publishing_stopped()
    {
        var subscribers = new[] { Absent("report"), Absent("journal"), Absent("stock") };

        Assert.False(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(19.9), PublishingStopped));
        Assert.True(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(20), PublishingStopped));
    }

    [Fact]
    public void The_wait_is_over_60_seconds_after_publishing_stopped_even_while_subscribers_progress()
    {
        var subscribers = new[] { At(1000, 11), At(1000, 12), At(900, 69) };

        Assert.False(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(69.9), PublishingStopped));
        Assert.True(CompletionWait.IsOver(subscribers, TimeSpan.FromSeconds(70), PublishingStopped));
    }

    // A subscriber of a 1,000-event run that had acknowledged `completed` of them `seconds` after the first publish.
    private static SubscriberProgress At(long completed, double seconds)
    {
        var progress = new SubscriberProgress("report", 0, 1000);
        progress.Observe(new GroupReading(true, completed, 0), TimeSpan.FromSeconds(seconds));
        return progress;
    }

    private static SubscriberProgress Absent(string appId)
    {
        var progress = new SubscriberProgress(appId, 0, 1000);
        progress.Observe(GroupReading.Absent, TimeSpan.FromSeconds(11));
        return progress;
    }
}
