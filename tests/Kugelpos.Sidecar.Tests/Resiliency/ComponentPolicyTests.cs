using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>A component's outbound policy on a fake clock: retries, their delays, the breaker and the attempt timeout.</summary>
public sealed class ComponentPolicyTests
{
    private static readonly TimeSpan Ms50 = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Exponential_retries_double_their_delay_up_to_max_interval()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = 5 };
        var policy = Policies.For(time, retry: "growing").For("store");

        var read = policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        int[] expected = [200, 400, 800, 1000, 1000];
        for (var i = 0; i < expected.Length; i++)
        {
            var wait = await time.NextTimerAsync();
            Assert.Equal(i + 1, store.Calls);
            Assert.Equal(TimeSpan.FromMilliseconds(expected[i]), wait);
            time.Advance(wait);
        }

        Assert.NotNull(await read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(6, store.Calls);
    }

    [Fact]
    public async Task Constant_retries_wait_alike_and_give_up_after_max_retries()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var policy = Policies.For(time, retry: "fixed").For("store");

        var read = policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await time.ElapseNextTimerAsync(Ms50);
        }

        await Assert.ThrowsAsync<RedisConnectionException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(4, store.Calls);
    }

    [Fact]
    public async Task Unlimited_retries_stop_at_the_cap_so_a_request_still_gets_an_answer()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var policy = Policies.For(time, retry: "forever").For("store");

        var read = policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        for (var i = 0; i < ComponentPolicy.UnlimitedRetriesCap; i++)
        {
            await time.ElapseNextTimerAsync(TimeSpan.FromMilliseconds(10));
        }

        await Assert.ThrowsAsync<RedisConnectionException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(ComponentPolicy.UnlimitedRetriesCap + 1, store.Calls);
    }

    [Fact]
    public async Task An_etag_conflict_is_neither_retried_nor_counted_by_the_breaker()
    {
        var store = new FlakyStore { FailuresLeft = int.MaxValue, Failure = () => new StateETagException("k", isMismatch: true) };
        var policy = Policies.For(new FakeTimeProvider(), retry: "fixed", breaker: "threeStrikes").For("store");

        for (var i = 1; i <= 4; i++)
        {
            await Assert.ThrowsAsync<StateETagException>(() => policy.ExecuteAsync(t => store.SetAsync(new StateUpsert("k", "1"u8.ToArray(), "7"), t), CancellationToken.None));
            Assert.Equal(i, store.Calls);
        }

        Assert.Equal(CircuitState.Closed, policy.BreakerState);
    }

    [Fact]
    public async Task The_breaker_opens_after_three_consecutive_failures_and_then_makes_no_call()
    {
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var policy = Policies.For(new FakeTimeProvider(), breaker: "threeStrikes").For("store");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(CircuitState.Closed, policy.BreakerState);
            await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        }

        Assert.Equal(CircuitState.Open, policy.BreakerState);
        var open = await Assert.ThrowsAsync<BrokenCircuitException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        Assert.Equal("circuit breaker is open", open.Message);
        Assert.Equal(3, store.Calls);
    }

    [Fact]
    public async Task A_success_between_failures_starts_the_count_again()
    {
        var store = new FlakyStore { FailuresLeft = 2 };
        var policy = Policies.For(new FakeTimeProvider(), breaker: "threeStrikes").For("store");

        await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        await policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        store.FailuresLeft = 2;
        await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));

        Assert.Equal(CircuitState.Closed, policy.BreakerState);
    }

    [Fact]
    public async Task The_breaker_half_opens_after_its_timeout_and_closes_on_a_successful_trial()
    {
        var time = new FakeTimeProvider();
        var store = new FlakyStore { FailuresLeft = 3 };
        var policy = Policies.For(time, breaker: "threeStrikes").For("store");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        }

        time.Advance(TimeSpan.FromSeconds(59));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, policy.BreakerState);

        Assert.NotNull(await policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        Assert.Equal(4, store.Calls);
        Assert.Equal(CircuitState.Closed, policy.BreakerState);
    }

    [Fact]
    public async Task A_failed_trial_opens_the_breaker_again()
    {
        var time = new FakeTimeProvider();
        var store = new FlakyStore { FailuresLeft = 4 };
        var policy = Policies.For(time, breaker: "threeStrikes").For("store");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        }

        time.Advance(TimeSpan.FromSeconds(60));
        await Assert.ThrowsAsync<RedisConnectionException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));

        Assert.Equal(CircuitState.Open, policy.BreakerState);
        await Assert.ThrowsAsync<BrokenCircuitException>(() => policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        Assert.Equal(4, store.Calls);
    }

    [Fact]
    public async Task A_breaker_that_opens_stops_the_retries_of_the_call_that_tripped_it()
    {
        var time = new FakeClock();
        var store = new FlakyStore { FailuresLeft = int.MaxValue };
        var policy = Policies.For(time, retry: "fixed", breaker: "threeStrikes").For("store");

        var read = policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        await time.ElapseNextTimerAsync(Ms50);
        await time.ElapseNextTimerAsync(Ms50);
        await time.ElapseNextTimerAsync(Ms50);

        // daprd counts every attempt against the breaker: the third trips it, and the retry after
        // it meets the open breaker, which ends the retrying without a fourth store call.
        await Assert.ThrowsAsync<BrokenCircuitException>(() => read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, store.Calls);
    }

    [Fact]
    public async Task A_hung_attempt_times_out_and_is_retried()
    {
        var time = new FakeClock();
        var store = new FlakyStore { HangNext = true };
        var policy = Policies.For(time, retry: "fixed", timeout: "quick").For("store");

        var read = policy.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None);
        await time.ElapseNextTimerAsync(TimeSpan.FromSeconds(1));
        await time.ElapseNextTimerAsync(Ms50);

        Assert.NotNull(await read.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, store.Calls);
    }

    [Fact]
    public async Task A_component_no_resiliency_targets_passes_straight_through()
    {
        var store = new FlakyStore { FailuresLeft = 1 };
        var policies = Policies.For(new FakeTimeProvider(), retry: "fixed");

        Assert.False(policies.For("store").IsPassThrough);
        var other = policies.For("other");
        Assert.True(other.IsPassThrough);
        Assert.Null(other.BreakerState);
        await Assert.ThrowsAsync<RedisConnectionException>(() => other.ExecuteAsync(t => store.GetAsync("k", t), CancellationToken.None));
        Assert.Equal(1, store.Calls);
    }
}
