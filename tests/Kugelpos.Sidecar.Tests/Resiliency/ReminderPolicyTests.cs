using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// Reminder persistence in a failing actor state store, under the store's outbound policy on a
/// fake clock: loading at start and saving on registration are retried, and a store that stays
/// down gives daprd's <c>ERR_ACTOR_REMINDER_*</c> answers and opens the breaker.
/// </summary>
public sealed class ReminderPolicyTests
{
    private static readonly TimeSpan Ms50 = TimeSpan.FromMilliseconds(50);
    private static readonly ActorJobRequest InAnHour = new("1h0m0s0ms", null, null, null, null);
    private static readonly HttpClient Unreachable = new();

    [Fact]
    public async Task Loading_reminders_retries_a_transient_failure_per_the_policy()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = 1, Value = "[]"u8.ToArray() };
        var reminders = new ReminderStore(store, "pos", Policies.For(time, retry: "fixed").For("store"));

        var load = reminders.LoadAsync("Cart", CancellationToken.None);
        await time.ElapseNextTimerAsync(Ms50);

        Assert.Empty(await load.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, store.Calls);
    }

    [Fact]
    public async Task A_reminder_whose_save_fails_transiently_is_retried_per_the_policy_and_kept()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = 2 };
        await using var runtime = RuntimeOver(store, time, Policies.For(time, retry: "fixed").For("store"));

        var register = runtime.RegisterReminderAsync("Cart", "c1", "expire", InAnHour, CancellationToken.None);
        await time.ElapseNextTimerAsync(Ms50);
        await time.ElapseNextTimerAsync(Ms50);

        await register.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, store.Calls);
        Assert.NotNull(runtime.GetReminder("Cart", "c1", "expire"));
        // Armed only once stored, for what is left of its hour after the retries.
        Assert.Equal(TimeSpan.FromHours(1) - Ms50 - Ms50, await time.NextTimerAsync());
    }

    [Fact]
    public async Task With_the_store_down_reminder_calls_answer_daprds_errors_and_the_breaker_opens_after_three()
    {
        var time = new FakeTimeProvider();
        var store = new FlakyStore();
        var policy = Policies.For(time, breaker: "threeStrikes").For("store");
        await using var runtime = RuntimeOver(store, time, policy);
        await runtime.RegisterReminderAsync("Cart", "c1", "kept", InAnHour, CancellationToken.None);
        store.FailuresLeft = int.MaxValue;

        for (var i = 0; i < 3; i++)
        {
            var failed = await Assert.ThrowsAsync<DaprApiException>(() => runtime.RegisterReminderAsync("Cart", "c1", $"r{i}", InAnHour, CancellationToken.None));
            StoreOutage.AssertServerError(failed, "ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder: connection to the store lost");
        }

        Assert.Equal(CircuitState.Open, policy.BreakerState);
        var open = await Assert.ThrowsAsync<DaprApiException>(() => runtime.DeleteReminderAsync("Cart", "c1", "kept", CancellationToken.None));
        StoreOutage.AssertServerError(open, "ERR_ACTOR_REMINDER_DELETE", "error deleting actor reminder: circuit breaker is open");
        Assert.Equal(4, store.Calls);
    }

    [Fact]
    public async Task Without_a_resiliency_resource_a_reminder_save_reaches_the_store_once()
    {
        var store = new FlakyStore { FailuresLeft = 1 };
        var time = new FakeTimeProvider();
        await using var runtime = RuntimeOver(store, time, ComponentPolicy.PassThrough);

        var failed = await Assert.ThrowsAsync<DaprApiException>(() => runtime.RegisterReminderAsync("Cart", "c1", "expire", InAnHour, CancellationToken.None));
        Assert.Equal("ERR_ACTOR_REMINDER_CREATE", failed.ErrorCode);
        Assert.Equal(1, store.Calls);

        await runtime.RegisterReminderAsync("Cart", "c1", "expire", InAnHour, CancellationToken.None);
        Assert.Equal(2, store.Calls);
    }

    private static ActorRuntime RuntimeOver(FlakyStore store, TimeProvider time, ComponentPolicy policy)
    {
        // Never called: no reminder falls due, the clock is fake and never reaches the hour.
        var app = new ActorAppClient(new AppChannel(Unreachable, new Uri("http://127.0.0.1:9/"), null));
        var config = ActorAppConfig.None with { Entities = new HashSet<string>(["Cart"], StringComparer.Ordinal) };
        return new ActorRuntime("pos", config, app, store, time, NullLogger.Instance, policy);
    }
}
