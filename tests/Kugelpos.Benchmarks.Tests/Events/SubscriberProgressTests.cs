using Kugelpos.Benchmarks.Events;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>
/// What a subscriber completed of a run, from its consumer group's entries-read and pending: here the
/// stream held 3 entries before the run (the real sale's log, say) and the run published 1,000.
/// </summary>
public sealed class SubscriberProgressTests
{
    private const long Before = 3;
    private const long Published = 1000;

    [Fact]
    public void Entries_read_but_still_pending_are_not_completed()
    {
        var progress = Progress();

        progress.Observe(new GroupReading(true, EntriesRead: 503, Pending: 110), Seconds(2));

        Assert.Equal(390, progress.Completed);
        Assert.False(progress.Done);
    }

    [Fact]
    public void A_group_still_behind_on_the_entries_from_before_the_run_has_completed_none_of_it()
    {
        var progress = Progress();

        progress.Observe(new GroupReading(true, EntriesRead: 3, Pending: 2), Seconds(1));

        Assert.Equal(0, progress.Completed);
        Assert.Null(progress.LastProgressAfter);
    }

    [Fact]
    public void It_is_done_at_the_first_reading_with_every_event_of_the_run_acknowledged_and_its_rate_runs_until_then()
    {
        var progress = Progress();

        progress.Observe(new GroupReading(true, 1003, 10), Seconds(3));
        progress.Observe(new GroupReading(true, 1003, 0), Seconds(4));
        progress.Observe(new GroupReading(true, 1003, 0), Seconds(9));

        Assert.Equal((Published, Seconds(4)), (progress.Completed, progress.DoneAfter));
        Assert.Equal(250, progress.EventsPerSecond(Seconds(60)));
    }

    [Fact]
    public void Entries_appended_after_the_run_by_someone_else_do_not_count_beyond_what_was_published()
    {
        var progress = Progress();

        progress.Observe(new GroupReading(true, 1010, 0), Seconds(5));

        Assert.Equal(Published, progress.Completed);
    }

    [Fact]
    public void A_group_that_is_never_done_is_rated_over_the_whole_wait()
    {
        var progress = Progress();

        progress.Observe(new GroupReading(true, 403, 0), Seconds(2));
        progress.Observe(new GroupReading(true, 403, 0), Seconds(20));

        Assert.Equal((400L, Seconds(2)), (progress.Completed, progress.LastProgressAfter));
        Assert.Equal(20, progress.EventsPerSecond(Seconds(20)));
    }

    [Fact]
    public void A_subscriber_without_a_consumer_group_completes_nothing_and_is_never_done()
    {
        var progress = Progress();

        progress.Observe(GroupReading.Absent, Seconds(12));

        Assert.Equal((false, 0L, false), (progress.GroupSeen, progress.Completed, progress.Done));
        Assert.Equal(0, progress.EventsPerSecond(Seconds(12)));
    }

    [Fact]
    public void A_run_in_which_nothing_was_published_is_done_at_once_at_no_rate()
    {
        var progress = new SubscriberProgress("stock", Before, published: 0);

        progress.Observe(new GroupReading(true, 3, 0), TimeSpan.Zero);

        Assert.True(progress.Done);
        Assert.Equal(0, progress.EventsPerSecond(Seconds(1)));
    }

    private static SubscriberProgress Progress() => new("journal", Before, Published);

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);
}
