using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Dapr.Tests;

public class ConsecutiveFailureCircuitBreakerTests
{
    private static readonly TimeSpan OpenDuration = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new();
    private readonly ConsecutiveFailureCircuitBreaker _breaker;

    public ConsecutiveFailureCircuitBreakerTests() =>
        _breaker = new ConsecutiveFailureCircuitBreaker("statestore", 3, OpenDuration, _time, NullLogger.Instance);

    [Fact]
    public void New_breaker_is_closed_and_lets_calls_through()
    {
        Assert.Equal(CircuitState.Closed, _breaker.State);
        Assert.Equal(CircuitPermit.Normal, _breaker.TryEnter());
    }

    [Fact]
    public void Breaker_opens_on_the_third_consecutive_failure_and_not_before()
    {
        Fail(2);
        Assert.Equal(CircuitState.Closed, _breaker.State);

        Fail(1);

        Assert.Equal(CircuitState.Open, _breaker.State);
        Assert.Equal(CircuitPermit.Denied, _breaker.TryEnter());
    }

    [Fact]
    public void A_success_in_between_resets_the_failure_count()
    {
        Fail(2);
        _breaker.RecordSuccess(_breaker.TryEnter());
        Fail(2);

        Assert.Equal(CircuitState.Closed, _breaker.State);
    }

    [Fact]
    public void Open_breaker_denies_every_call_until_the_open_duration_has_elapsed()
    {
        Fail(3);

        _time.Advance(OpenDuration - TimeSpan.FromMilliseconds(1));
        Assert.Equal(CircuitState.Open, _breaker.State);
        Assert.Equal(CircuitPermit.Denied, _breaker.TryEnter());

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(CircuitState.HalfOpen, _breaker.State);
    }

    [Fact]
    public void Half_open_breaker_lets_exactly_one_trial_through()
    {
        Fail(3);
        _time.Advance(OpenDuration);

        Assert.Equal(CircuitPermit.Trial, _breaker.TryEnter());
        Assert.Equal(CircuitPermit.Denied, _breaker.TryEnter());
        Assert.Equal(CircuitPermit.Denied, _breaker.TryEnter());
        Assert.Equal(CircuitState.HalfOpen, _breaker.State);
    }

    [Fact]
    public void Successful_trial_closes_the_breaker()
    {
        Fail(3);
        _time.Advance(OpenDuration);

        _breaker.RecordSuccess(_breaker.TryEnter());

        Assert.Equal(CircuitState.Closed, _breaker.State);
        Assert.Equal(CircuitPermit.Normal, _breaker.TryEnter());
    }

    [Fact]
    public void Failed_trial_reopens_the_breaker_for_another_full_open_duration()
    {
        Fail(3);
        _time.Advance(OpenDuration);

        _breaker.RecordFailure(_breaker.TryEnter());

        Assert.Equal(CircuitState.Open, _breaker.State);
        _time.Advance(OpenDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitPermit.Denied, _breaker.TryEnter());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitPermit.Trial, _breaker.TryEnter());
    }

    [Fact]
    public void Released_trial_frees_the_slot_for_the_next_call_without_deciding()
    {
        Fail(3);
        _time.Advance(OpenDuration);

        _breaker.Release(_breaker.TryEnter());

        Assert.Equal(CircuitState.HalfOpen, _breaker.State);
        Assert.Equal(CircuitPermit.Trial, _breaker.TryEnter());
    }

    [Fact]
    public void Released_normal_calls_leave_the_failure_count_alone()
    {
        Fail(2);
        _breaker.Release(_breaker.TryEnter());
        Fail(1);

        Assert.Equal(CircuitState.Open, _breaker.State);
    }

    [Fact]
    public void Calls_admitted_before_the_breaker_opened_cannot_close_it()
    {
        var early = _breaker.TryEnter();
        Fail(3);

        _breaker.RecordSuccess(early);

        Assert.Equal(CircuitState.Open, _breaker.State);
    }

    [Fact]
    public void Calls_admitted_before_the_breaker_opened_cannot_decide_the_trial()
    {
        var early = _breaker.TryEnter();
        Fail(3);
        _time.Advance(OpenDuration);
        var trial = _breaker.TryEnter();

        _breaker.RecordFailure(early);

        Assert.Equal(CircuitState.HalfOpen, _breaker.State);
        _breaker.RecordSuccess(trial);
        Assert.Equal(CircuitState.Closed, _breaker.State);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(3, 0)]
    public void Breaker_refuses_a_threshold_below_one_or_a_non_positive_open_duration(int threshold, int openSeconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsecutiveFailureCircuitBreaker(
            "statestore", threshold, TimeSpan.FromSeconds(openSeconds), _time, NullLogger.Instance));
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _breaker.RecordFailure(_breaker.TryEnter());
        }
    }
}
