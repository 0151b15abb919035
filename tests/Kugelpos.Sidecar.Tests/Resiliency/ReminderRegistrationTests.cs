using Kugelpos.Sidecar.Actors;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// Creating and deleting a reminder is all or nothing for the caller, as in daprd, which saves
/// the reminders first and only then starts (or stops) the reminder: when the save fails the
/// schedule in memory stays as it was, and so does what a later save of the type stores.
/// </summary>
public sealed class ReminderRegistrationTests : IAsyncDisposable
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly CartHost _cart = new();

    [Fact]
    public async Task A_create_whose_save_fails_schedules_nothing_and_a_later_save_of_another_does_not_store_it()
    {
        _cart.Store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _cart.Runtime.RegisterReminderAsync("Cart", "c1", "lost", Due("1h0m0s0ms", "lost"), CancellationToken.None));
        StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder: connection to the store lost");

        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        Assert.Null(_cart.Runtime.GetReminder("Cart", "c1", "lost"));
        Assert.Equal(["c1/marker"], await _cart.StoredAsync());
        _cart.Time.Advance(Hour);
        _cart.Time.Advance(Hour);
        // The lost one would have been due an hour before the marker, in the same actor's turn.
        Assert.Equal("c1/marker marker", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_create_whose_save_fails_leaves_the_reminder_it_would_replace_firing_on_its_old_schedule()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "old", period: "1h0m0s0ms"), CancellationToken.None);
        var old = _cart.Runtime.GetReminder("Cart", "c1", "expire");

        _cart.Store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("0h10m0s0ms", "new"), CancellationToken.None));

        Assert.Equal("ERR_ACTOR_REMINDER_CREATE", failed.ErrorCode);
        Assert.Same(old, _cart.Runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(_cart.Time.GetUtcNow() + Hour, old!.NextDue);
        Assert.Equal(["c1/expire 1h0m0s0ms"], await _cart.StoredAsync(job => $"{job.ActorId}/{job.Name} {job.DueTime}"));
        // Had the replacement been scheduled, its firing after ten minutes would come first.
        _cart.Time.Advance(Hour);
        Assert.Equal("c1/expire old", await _cart.App.NextAsync());
        _cart.Time.Advance(Hour);
        Assert.Equal("c1/expire old", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_delete_whose_save_fails_leaves_the_reminder_firing_and_stored()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "kept"), CancellationToken.None);

        _cart.Store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _cart.Runtime.DeleteReminderAsync("Cart", "c1", "expire", CancellationToken.None));
        StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_DELETE", "error deleting actor reminder: connection to the store lost");
        await _cart.Runtime.RegisterReminderAsync("Cart", "c2", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        Assert.NotNull(_cart.Runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/expire", "c2/marker"], await _cart.StoredAsync());
        _cart.Time.Advance(Hour);
        Assert.Equal("c1/expire kept", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_created_reminder_is_stored_and_fires()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "once"), CancellationToken.None);

        Assert.NotNull(_cart.Runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/expire"], await _cart.StoredAsync());
        _cart.Time.Advance(Hour);
        Assert.Equal("c1/expire once", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_replaced_reminder_is_stored_and_fires_on_its_new_schedule()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "old"), CancellationToken.None);

        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("0h10m0s0ms", "new"), CancellationToken.None);

        Assert.Equal(["c1/expire 0h10m0s0ms"], await _cart.StoredAsync(job => $"{job.ActorId}/{job.Name} {job.DueTime}"));
        _cart.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("c1/expire new", await _cart.App.NextAsync());
    }

    [Fact]
    public async Task A_deleted_reminder_is_neither_scheduled_nor_stored()
    {
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "gone"), CancellationToken.None);
        await _cart.Runtime.RegisterReminderAsync("Cart", "c1", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        await _cart.Runtime.DeleteReminderAsync("Cart", "c1", "expire", CancellationToken.None);
        await _cart.Runtime.DeleteReminderAsync("Cart", "c1", "never-made", CancellationToken.None);

        Assert.Null(_cart.Runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/marker"], await _cart.StoredAsync());
        _cart.Time.Advance(Hour);
        _cart.Time.Advance(Hour);
        Assert.Equal("c1/marker marker", await _cart.App.NextAsync());
    }

    public ValueTask DisposeAsync() => _cart.DisposeAsync();

    private static ActorJobRequest Due(string dueTime, string data, string? period = null) => CartHost.Job(dueTime, data, period);
}
