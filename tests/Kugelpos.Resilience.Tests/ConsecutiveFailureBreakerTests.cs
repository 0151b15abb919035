using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Resilience.Tests;

public sealed class ConsecutiveFailureBreakerTests
{
    private static readonly TimeSpan OpenDuration = TimeSpan.FromSeconds(60);
    private readonly BreakerHarness _breaker = new();

    [Fact]
    public void New_breaker_is_closed_and_lets_calls_through()
    {
        Assert.Equal(CircuitState.Closed, _breaker.Now);
        _breaker.Succeed();
    }

    [Fact]
    public void Breaker_opens_on_the_third_consecutive_failure_and_not_before()
    {
        _breaker.Fail(2);
        Assert.Equal(CircuitState.Closed, _breaker.Now);

        _breaker.Fail();

        Assert.Equal(CircuitState.Open, _breaker.Now);
        var refused = Assert.IsType<BrokenCircuitException>(_breaker.Run());
        Assert.Equal("circuit breaker is open", refused.Message);
        Assert.Equal(OpenDuration, refused.RetryAfter);
    }

    [Fact]
    public void A_success_in_between_resets_the_failure_count()
    {
        _breaker.Fail(2);
        _breaker.Succeed();
        _breaker.Fail(2);

        Assert.Equal(CircuitState.Closed, _breaker.Now);
    }

    [Fact]
    public void An_outcome_the_predicate_does_not_handle_is_a_success()
    {
        _breaker.Fail(2);
        Assert.IsType<ArgumentException>(_breaker.Run(new ArgumentException("bad request")));
        _breaker.Fail(2);

        Assert.Equal(CircuitState.Closed, _breaker.Now);
    }

    [Fact]
    public void Open_breaker_refuses_every_call_until_the_open_duration_has_elapsed()
    {
        _breaker.Fail(3);

        _breaker.Time.Advance(OpenDuration - TimeSpan.FromMilliseconds(1));
        Assert.Equal(CircuitState.Open, _breaker.Now);
        Assert.True(_breaker.Refuses());

        _breaker.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(CircuitState.HalfOpen, _breaker.Now);
    }

    [Fact]
    public void Half_open_breaker_lets_exactly_one_trial_through()
    {
        _breaker.Fail(3);
        _breaker.Time.Advance(OpenDuration);

        var (end, _) = _breaker.Start();

        var refused = Assert.IsType<BrokenCircuitException>(_breaker.Run());
        Assert.Equal("too many requests", refused.Message);
        Assert.True(_breaker.Refuses());
        Assert.Equal(CircuitState.HalfOpen, _breaker.Now);
        end.SetResult(Outcome.FromResult(true));
    }

    [Fact]
    public void Successful_trial_closes_the_breaker()
    {
        _breaker.Fail(3);
        _breaker.Time.Advance(OpenDuration);

        _breaker.Succeed();

        Assert.Equal(CircuitState.Closed, _breaker.Now);
        _breaker.Succeed();
    }

    [Fact]
    public void Failed_trial_reopens_the_breaker_for_another_full_open_duration()
    {
        _breaker.Fail(3);
        _breaker.Time.Advance(OpenDuration);

        _breaker.Fail();

        Assert.Equal(CircuitState.Open, _breaker.Now);
        _breaker.Time.Advance(OpenDuration - TimeSpan.FromSeconds(1));
        Assert.True(_breaker.Refuses());
        _breaker.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, _breaker.Now);
    }

    [Fact]
    public async Task A_trial_the_caller_cancelled_frees_the_slot_for_the_next_call_without_deciding()
    {
        _breaker.Fail(3);
        _breaker.Time.Advance(OpenDuration);
        using var cancellation = new CancellationTokenSource();
        var (end, done) = _breaker.Start(cancellation.Token);

        await cancellation.CancelAsync();
        end.SetResult(Outcome.FromException<bool>(new OperationCanceledException(cancellation.Token)));
        Assert.IsType<OperationCanceledException>(await done);

        Assert.Equal(CircuitState.HalfOpen, _breaker.Now);
        _breaker.Succeed();
        Assert.Equal(CircuitState.Closed, _breaker.Now);
    }

    [Fact]
    public async Task Calls_the_caller_cancelled_leave_the_failure_count_alone()
    {
        _breaker.Fail(2);
        using var cancellation = new CancellationTokenSource();
        var (end, done) = _breaker.Start(cancellation.Token);
        await cancellation.CancelAsync();
        end.SetResult(Outcome.FromException<bool>(new OperationCanceledException(cancellation.Token)));
        await done;

        _breaker.Fail();

        Assert.Equal(CircuitState.Open, _breaker.Now);
    }

    [Fact]
    public async Task Calls_admitted_before_the_breaker_opened_cannot_close_it()
    {
        var (early, done) = _breaker.Start();
        _breaker.Fail(3);

        early.SetResult(Outcome.FromResult(true));
        await done;

        Assert.Equal(CircuitState.Open, _breaker.Now);
    }

    [Fact]
    public async Task Calls_admitted_before_the_breaker_opened_cannot_decide_the_trial()
    {
        var (early, earlyDone) = _breaker.Start();
        _breaker.Fail(3);
        _breaker.Time.Advance(OpenDuration);
        var (trial, trialDone) = _breaker.Start();

        early.SetResult(Outcome.FromException<bool>(new BreakerHarness.StoreDownException()));
        await earlyDone;

        Assert.Equal(CircuitState.HalfOpen, _breaker.Now);
        trial.SetResult(Outcome.FromResult(true));
        await trialDone;
        Assert.Equal(CircuitState.Closed, _breaker.Now);
    }

    [Fact]
    public void Max_trial_calls_must_all_succeed_before_the_breaker_closes()
    {
        var breaker = new BreakerHarness(options => options.MaxTrialCalls = 2);
        breaker.Fail(3);
        breaker.Time.Advance(OpenDuration);

        breaker.Succeed();
        Assert.Equal(CircuitState.HalfOpen, breaker.Now);
        breaker.Succeed();

        Assert.Equal(CircuitState.Closed, breaker.Now);
    }

    [Fact]
    public void Any_failed_trial_among_several_reopens_the_breaker()
    {
        var breaker = new BreakerHarness(options => options.MaxTrialCalls = 2);
        breaker.Fail(3);
        breaker.Time.Advance(OpenDuration);

        breaker.Succeed();
        breaker.Fail();

        Assert.Equal(CircuitState.Open, breaker.Now);
    }

    [Fact]
    public void A_closed_breaker_forgets_its_failures_every_count_reset_interval()
    {
        var breaker = new BreakerHarness(options => options.CountResetInterval = TimeSpan.FromSeconds(10));
        breaker.Fail(2);

        breaker.Time.Advance(TimeSpan.FromSeconds(10));
        breaker.Fail(2);

        Assert.Equal(CircuitState.Closed, breaker.Now);
        breaker.Fail();
        Assert.Equal(CircuitState.Open, breaker.Now);
    }

    [Fact]
    public void Without_a_count_reset_interval_failures_are_counted_however_far_apart()
    {
        _breaker.Fail(2);
        _breaker.Time.Advance(TimeSpan.FromDays(1));

        _breaker.Fail();

        Assert.Equal(CircuitState.Open, _breaker.Now);
    }

    [Fact]
    public void The_default_predicate_counts_exceptions_but_not_cancellations()
    {
        var breaker = new BreakerHarness(options => options.ShouldHandle = new ConsecutiveFailureBreakerOptions().ShouldHandle);

        breaker.Run(new OperationCanceledException());
        breaker.Run(new OperationCanceledException());
        breaker.Run(new OperationCanceledException());
        Assert.Equal(CircuitState.Closed, breaker.Now);

        breaker.Fail(3);
        Assert.Equal(CircuitState.Open, breaker.Now);
    }

    [Fact]
    public void A_state_provider_reads_one_breaker_only()
    {
        var shared = new ConsecutiveFailureBreakerStateProvider();
        _ = new ResiliencePipelineBuilder().AddConsecutiveFailureBreaker(new() { StateProvider = shared }).Build();

        Assert.Throws<InvalidOperationException>(() =>
            new ResiliencePipelineBuilder().AddConsecutiveFailureBreaker(new() { StateProvider = shared }).Build());
    }

    [Theory]
    [InlineData(0, 60, 1)]
    [InlineData(3, -1, 1)]
    [InlineData(3, 60, 0)]
    public void Settings_out_of_range_are_refused_when_the_pipeline_is_built(int threshold, int openSeconds, int trials)
    {
        var options = new ConsecutiveFailureBreakerOptions
        {
            FailureThreshold = threshold,
            OpenDuration = TimeSpan.FromSeconds(openSeconds),
            MaxTrialCalls = trials,
        };

        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            new ResiliencePipelineBuilder().AddConsecutiveFailureBreaker(options).Build());
    }
}
