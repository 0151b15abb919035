using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Tests.Resiliency;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// Timers and reminders are two namespaces, as in daprd: a timer and a reminder of the same name
/// on one actor coexist, each fires on its own route (<c>method/timer/{name}</c>,
/// <c>method/remind/{name}</c>) and schedule, and deleting one never touches the other. Every
/// test here names both <c>tick</c>; which fires first at each step tells the schedules apart.
/// </summary>
public sealed class TimerAndReminderNamespaceTests : IAsyncDisposable
{
    private static readonly TimeSpan Minutes10 = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Minutes20 = TimeSpan.FromMinutes(20);

    private readonly CartHost _cart = new();

    [Fact]
    public async Task A_timer_and_a_reminder_of_the_same_name_on_one_actor_both_fire_each_on_its_own_route_and_schedule()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "tick", Job("0h20m0s0ms", "reminder"), CancellationToken.None);
        _cart.Runtime.RegisterTimer("Cart", "c1", "tick", Job("0h10m0s0ms", "timer", period: "0h20m0s0ms", callback: "OnTick"));

        Assert.Equal("0h20m0s0ms", _cart.Runtime.GetReminder("Cart", "c1", "tick")?.DueTime);
        Assert.Equal(["c1/tick"], await _cart.StoredAsync());
        _cart.Time.Advance(Minutes10);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
        _cart.Time.Advance(Minutes10);
        Assert.Equal("c1/tick reminder", await _cart.App.NextAsync());
        _cart.Time.Advance(Minutes10);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task Deleting_the_timer_leaves_the_reminder_of_the_same_name_firing_and_stored()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "tick", Job("0h20m0s0ms", "reminder"), CancellationToken.None);
        _cart.Runtime.RegisterTimer("Cart", "c1", "tick", Job("0h10m0s0ms", "timer", callback: "OnTick"));

        _cart.Runtime.DeleteTimer("Cart", "c1", "tick");

        Assert.NotNull(_cart.Runtime.GetReminder("Cart", "c1", "tick"));
        Assert.Equal(["c1/tick"], await _cart.StoredAsync());
        // Had the timer stayed, it would fire first, ten minutes in.
        _cart.Time.Advance(Minutes10);
        _cart.Time.Advance(Minutes10);
        Assert.Equal("c1/tick reminder", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task Deleting_the_reminder_leaves_the_timer_of_the_same_name_firing()
    {
        _cart.Runtime.RegisterTimer("Cart", "c1", "tick", Job("0h10m0s0ms", "timer", period: "0h20m0s0ms", callback: "OnTick"));
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "tick", Job("0h20m0s0ms", "reminder"), CancellationToken.None);

        await _cart.Runtime.DeleteReminderAsync("Cart", "c1", "tick", CancellationToken.None);

        Assert.Null(_cart.Runtime.GetReminder("Cart", "c1", "tick"));
        Assert.Empty(await _cart.StoredAsync());
        _cart.Time.Advance(Minutes10);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
        // Had the reminder stayed, it would fire in between, twenty minutes in.
        _cart.Time.Advance(Minutes10);
        _cart.Time.Advance(Minutes10);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_reminder_whose_save_fails_does_not_disturb_a_timer_of_the_same_name()
    {
        _cart.Runtime.RegisterTimer("Cart", "c1", "tick", Job("0h20m0s0ms", "timer", period: "0h20m0s0ms", callback: "OnTick"));

        _cart.Store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _cart.Runtime.RegisterReminderAsync("Cart", "c1", "tick", Job("0h10m0s0ms", "lost"), CancellationToken.None));

        StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder: connection to the store lost");
        Assert.Null(_cart.Runtime.GetReminder("Cart", "c1", "tick"));
        Assert.Empty(await _cart.StoredAsync());
        // Had the reminder been scheduled, it would fire first, ten minutes in.
        _cart.Time.Advance(Minutes10);
        _cart.Time.Advance(Minutes10);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
        _cart.Time.Advance(Minutes20);
        Assert.Equal("timer c1/tick timer", await _cart.App.NextAsync());
    }

    public ValueTask DisposeAsync() => _cart.DisposeAsync();

    private static ActorJobRequest Job(string dueTime, string data, string? period = null, string? callback = null) =>
        CartHost.Job(dueTime, data, period, callback);
}
