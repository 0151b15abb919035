using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// Actor state (the GET and the transaction the SDK sends inside an actor's turn) over a failing
/// actor state store, under that store's outbound policy on a fake clock: retries, the breaker,
/// the attempt timeout, and daprd's <c>ERR_ACTOR_STATE_*</c> answers.
/// </summary>
public sealed class ActorStatePolicyTests
{
    private static readonly TimeSpan Ms50 = TimeSpan.FromMilliseconds(50);
    private static readonly ActorStateOperation[] SaveCount = [new("count", false, "7", null)];

    [Fact]
    public async Task An_actor_state_read_that_fails_transiently_is_retried_per_the_policy_and_succeeds()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = 2 };
        var state = StateOf(store, Policies.For(time, retry: "fixed").For("store"));

        var read = state.GetAsync("Cart", "c1", "count", CancellationToken.None);
        await time.ElapseNextTimerAsync(Ms50);
        await time.ElapseNextTimerAsync(Ms50);

        var item = await read.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(item);
        Assert.Equal("pos||Cart||c1||count", item.Key);
        Assert.Equal(3, store.Calls);
    }

    [Fact]
    public async Task An_actor_state_transaction_that_fails_transiently_is_retried_per_the_policy_and_succeeds()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = 1 };
        var state = StateOf(store, Policies.For(time, retry: "fixed").For("store"));

        var save = state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None);
        await time.ElapseNextTimerAsync(Ms50);

        await save.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, store.Calls);
    }

    [Fact]
    public async Task With_the_store_down_an_actor_state_read_answers_daprds_error_once_the_retries_are_spent()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var state = StateOf(store, Policies.For(time, retry: "fixed").For("store"));

        var read = state.GetAsync("Cart", "c1", "count", CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await time.ElapseNextTimerAsync(Ms50);
        }

        var error = await Assert.ThrowsAsync<DaprApiException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        StoreOutage.AssertServerError(error, "ERR_ACTOR_STATE_GET", "error getting actor state: connection to the store lost");
        Assert.Equal(4, store.Calls);
    }

    [Fact]
    public async Task The_breaker_opens_after_three_failed_actor_state_calls_and_the_next_one_fails_fast_without_a_store_call()
    {
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var policy = Policies.For(new FakeTimeProvider(), breaker: "threeStrikes").For("store");
        var state = StateOf(store, policy);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(CircuitState.Closed, policy.BreakerState);
            var failed = await Assert.ThrowsAsync<DaprApiException>(() => state.GetAsync("Cart", "c1", "count", CancellationToken.None));
            Assert.Equal("ERR_ACTOR_STATE_GET", failed.ErrorCode);
        }

        Assert.Equal(CircuitState.Open, policy.BreakerState);
        var open = await Assert.ThrowsAsync<DaprApiException>(() => state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None));
        StoreOutage.AssertServerError(open, "ERR_ACTOR_STATE_TRANSACTION_SAVE", "error saving actor transaction state: circuit breaker is open");
        Assert.Equal(3, store.Calls);
    }

    [Fact]
    public async Task Unlimited_retries_on_actor_state_stop_at_the_cap_so_the_actors_turn_ends()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var state = StateOf(store, Policies.For(time, retry: "forever").For("store"));

        var save = state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None);
        for (var i = 0; i < ComponentPolicy.UnlimitedRetriesCap; i++)
        {
            await time.ElapseNextTimerAsync(TimeSpan.FromMilliseconds(10));
        }

        var error = await Assert.ThrowsAsync<DaprApiException>(() => save.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("ERR_ACTOR_STATE_TRANSACTION_SAVE", error.ErrorCode);
        Assert.Equal(ComponentPolicy.UnlimitedRetriesCap + 1, store.Calls);
    }

    [Fact]
    public async Task A_hung_actor_state_read_times_out_and_is_retried_rather_than_holding_the_turn()
    {
        var time = new FakeClock();
        var store = new FlakyStore { HangNext = true };
        var state = StateOf(store, Policies.For(time, retry: "fixed", timeout: "quick").For("store"));

        var read = state.GetAsync("Cart", "c1", "count", CancellationToken.None);
        await time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));
        await time.ElapseNextTimerAsync(Ms50);

        Assert.NotNull(await read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, store.Calls);
    }

    [Fact]
    public async Task An_etag_conflict_in_an_actor_transaction_keeps_its_answer_and_is_not_retried()
    {
        var store = new FlakyStore { FailuresLeft = 1, Failure = () => new StateETagException("k", isMismatch: true) };
        var state = StateOf(store, Policies.For(new FakeTimeProvider(), retry: "fixed", breaker: "threeStrikes").For("store"));

        var error = await Assert.ThrowsAsync<DaprApiException>(() => state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None));

        StoreOutage.AssertServerError(error, "ERR_ACTOR_STATE_TRANSACTION_SAVE", "error saving actor transaction state: possible etag mismatch for key k");
        Assert.Equal(1, store.Calls);
    }

    [Fact]
    public async Task Without_a_resiliency_resource_each_actor_state_call_reaches_the_store_once_and_nothing_trips()
    {
        var store = new FlakyStore { FailuresLeft = 4 };
        var state = StateOf(store, ComponentPolicy.PassThrough);

        for (var i = 1; i <= 4; i += 2)
        {
            var read = await Assert.ThrowsAsync<DaprApiException>(() => state.GetAsync("Cart", "c1", "count", CancellationToken.None));
            StoreOutage.AssertServerError(read, "ERR_ACTOR_STATE_GET", "error getting actor state: connection to the store lost");
            Assert.Equal(i, store.Calls);
            var save = await Assert.ThrowsAsync<DaprApiException>(() => state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None));
            StoreOutage.AssertServerError(save, "ERR_ACTOR_STATE_TRANSACTION_SAVE", "error saving actor transaction state: connection to the store lost");
            Assert.Equal(i + 1, store.Calls);
        }

        Assert.NotNull(await state.GetAsync("Cart", "c1", "count", CancellationToken.None));
        await state.TransactAsync("Cart", "c1", SaveCount, CancellationToken.None);
        Assert.Equal(6, store.Calls);
    }

    private static ActorStateAccess StateOf(FlakyStore store, ComponentPolicy policy) => new("pos", store, policy, ttlEnabled: false);
}
