using System.Text.Json;
using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// Creating and deleting a reminder is all or nothing for the caller, as in daprd, which saves
/// the reminders first and only then starts (or stops) the reminder: when the save fails the
/// schedule in memory stays as it was, and so does what a later save of the type stores.
/// </summary>
public sealed class ReminderRegistrationTests : IAsyncDisposable
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly KeepingStore _store = new();
    private readonly ReminderCallbacks _app = new();
    private readonly ActorRuntime _runtime;

    public ReminderRegistrationTests()
    {
        var app = new ActorAppClient(new AppChannel(new HttpClient(_app), new Uri("http://app.test/"), null));
        var config = ActorAppConfig.None with { Entities = new HashSet<string>(["Cart"], StringComparer.Ordinal) };
        _runtime = new ActorRuntime("pos", config, app, _store, _time, NullLogger.Instance, ComponentPolicy.PassThrough);
    }

    [Fact]
    public async Task A_create_whose_save_fails_schedules_nothing_and_a_later_save_of_another_does_not_store_it()
    {
        _store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _runtime.RegisterReminderAsync("Cart", "c1", "lost", Due("1h0m0s0ms", "lost"), CancellationToken.None));
        StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder: connection to the store lost");

        await _runtime.RegisterReminderAsync("Cart", "c1", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        Assert.Null(_runtime.GetReminder("Cart", "c1", "lost"));
        Assert.Equal(["c1/marker"], await StoredAsync());
        _time.Advance(Hour);
        _time.Advance(Hour);
        // The lost one would have been due an hour before the marker, in the same actor's turn.
        Assert.Equal("c1/marker marker", await _app.NextAsync());
    }

    [Fact]
    public async Task A_create_whose_save_fails_leaves_the_reminder_it_would_replace_firing_on_its_old_schedule()
    {
        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "old", period: "1h0m0s0ms"), CancellationToken.None);
        var old = _runtime.GetReminder("Cart", "c1", "expire");

        _store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("0h10m0s0ms", "new"), CancellationToken.None));

        Assert.Equal("ERR_ACTOR_REMINDER_CREATE", failed.ErrorCode);
        Assert.Same(old, _runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(_time.GetUtcNow() + Hour, old!.NextDue);
        Assert.Equal(["c1/expire 1h0m0s0ms"], await StoredAsync(job => $"{job.ActorId}/{job.Name} {job.DueTime}"));
        // Had the replacement been scheduled, its firing after ten minutes would come first.
        _time.Advance(Hour);
        Assert.Equal("c1/expire old", await _app.NextAsync());
        _time.Advance(Hour);
        Assert.Equal("c1/expire old", await _app.NextAsync());
    }

    [Fact]
    public async Task A_delete_whose_save_fails_leaves_the_reminder_firing_and_stored()
    {
        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "kept"), CancellationToken.None);

        _store.Flaky.FailuresLeft = 1;
        var failed = await Assert.ThrowsAsync<DaprApiException>(() => _runtime.DeleteReminderAsync("Cart", "c1", "expire", CancellationToken.None));
        StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_DELETE", "error deleting actor reminder: connection to the store lost");
        await _runtime.RegisterReminderAsync("Cart", "c2", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        Assert.NotNull(_runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/expire", "c2/marker"], await StoredAsync());
        _time.Advance(Hour);
        Assert.Equal("c1/expire kept", await _app.NextAsync());
    }

    [Fact]
    public async Task A_created_reminder_is_stored_and_fires()
    {
        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "once"), CancellationToken.None);

        Assert.NotNull(_runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/expire"], await StoredAsync());
        _time.Advance(Hour);
        Assert.Equal("c1/expire once", await _app.NextAsync());
    }

    [Fact]
    public async Task A_replaced_reminder_is_stored_and_fires_on_its_new_schedule()
    {
        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "old"), CancellationToken.None);

        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("0h10m0s0ms", "new"), CancellationToken.None);

        Assert.Equal(["c1/expire 0h10m0s0ms"], await StoredAsync(job => $"{job.ActorId}/{job.Name} {job.DueTime}"));
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal("c1/expire new", await _app.NextAsync());
    }

    [Fact]
    public async Task A_deleted_reminder_is_neither_scheduled_nor_stored()
    {
        await _runtime.RegisterReminderAsync("Cart", "c1", "expire", Due("1h0m0s0ms", "gone"), CancellationToken.None);
        await _runtime.RegisterReminderAsync("Cart", "c1", "marker", Due("2h0m0s0ms", "marker"), CancellationToken.None);

        await _runtime.DeleteReminderAsync("Cart", "c1", "expire", CancellationToken.None);
        await _runtime.DeleteReminderAsync("Cart", "c1", "never-made", CancellationToken.None);

        Assert.Null(_runtime.GetReminder("Cart", "c1", "expire"));
        Assert.Equal(["c1/marker"], await StoredAsync());
        _time.Advance(Hour);
        _time.Advance(Hour);
        Assert.Equal("c1/marker marker", await _app.NextAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _store.DisposeAsync();
        _app.Dispose();
    }

    private static ActorJobRequest Due(string dueTime, string data, string? period = null) =>
        new(dueTime, period, null, JsonSerializer.SerializeToElement(data), null);

    /// <summary>The Cart reminders a restarting sidecar would load, as <c>{id}/{name}</c> unless told otherwise, sorted.</summary>
    private async Task<string[]> StoredAsync(Func<ActorJob, string>? describe = null)
    {
        describe ??= job => $"{job.ActorId}/{job.Name}";
        var stored = await new ReminderStore(_store, "pos", ComponentPolicy.PassThrough).LoadAsync("Cart", CancellationToken.None);
        return [.. stored.Select(describe).Order(StringComparer.Ordinal)];
    }
}
