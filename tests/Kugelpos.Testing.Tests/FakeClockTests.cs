namespace Kugelpos.Testing.Tests;

/// <summary>The tests' one fake clock: it moves only when told, and tells which waits were started.</summary>
public sealed class FakeClockTests
{
    [Fact]
    public async Task Each_timer_armed_is_reported_with_its_due_time_and_fires_once_that_much_time_has_passed()
    {
        var clock = new FakeClock();
        var fired = 0;

        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        await clock.ElapseNextTimerAsync(TimeSpan.FromSeconds(5));
        timer.Change(TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);

        Assert.Equal(1, fired);
        Assert.Equal(TimeSpan.FromSeconds(2), await clock.NextTimerAsync());
        Assert.Equal(FakeClock.DefaultStart.AddSeconds(5), clock.GetUtcNow());
    }
}
