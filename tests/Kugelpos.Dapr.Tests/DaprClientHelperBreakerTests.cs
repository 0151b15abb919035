using Polly.CircuitBreaker;
using Grpc.Core;
using Moq;

namespace Kugelpos.Dapr.Tests;

public class DaprClientHelperBreakerTests : IDisposable
{
    private readonly HelperHarness _harness = new();

    [Fact]
    public async Task Three_failed_calls_open_the_breaker_and_the_fourth_fails_fast_without_calling_Dapr()
    {
        _harness.PublishAlwaysUnavailable();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(DaprErrorKind.Transient, (await _harness.Publish()).ErrorKind);
        }

        _harness.Client.Invocations.Clear();
        var rejected = await _harness.Publish();

        Assert.Equal(DaprErrorKind.CircuitOpen, rejected.ErrorKind);
        Assert.Contains(HelperHarness.PubSub, rejected.Message, StringComparison.Ordinal);
        _harness.VerifyPublishCalls(Times.Never());
        Assert.Equal(CircuitState.Open, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task A_call_spending_all_its_retries_counts_as_one_breaker_failure()
    {
        _harness.Options.MaxAttempts = 3;
        _harness.PublishAlwaysUnavailable();

        for (var call = 0; call < 2; call++)
        {
            var result = await _harness.RunToCompletion(_harness.Publish());
            Assert.Equal(DaprErrorKind.Transient, result.ErrorKind);
        }

        _harness.VerifyPublishCalls(Times.Exactly(6));
        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task A_success_between_failures_keeps_the_breaker_closed()
    {
        _harness.PublishFailsWith(DaprFaults.Unavailable(), DaprFaults.Unavailable());
        await _harness.Publish();
        await _harness.Publish();
        Assert.True((await _harness.Publish()).Success);

        _harness.PublishFailsWith(DaprFaults.Unavailable(), DaprFaults.Unavailable());
        await _harness.Publish();
        await _harness.Publish();

        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task After_the_open_duration_a_successful_trial_closes_the_breaker()
    {
        await OpenBreaker();
        _harness.PublishSucceeds();

        _harness.Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(CircuitState.HalfOpen, _harness.Helper.CircuitState);
        var trial = await _harness.Publish();

        Assert.True(trial.Success);
        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
        _harness.VerifyPublishCalls(Times.Exactly(4));
    }

    [Fact]
    public async Task A_failed_trial_reopens_the_breaker_for_another_sixty_seconds()
    {
        await OpenBreaker();
        _harness.Time.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(DaprErrorKind.Transient, (await _harness.Publish()).ErrorKind);
        Assert.Equal(CircuitState.Open, _harness.Helper.CircuitState);

        _harness.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(DaprErrorKind.CircuitOpen, (await _harness.Publish()).ErrorKind);
        _harness.VerifyPublishCalls(Times.Exactly(4));

        _harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task Calls_during_the_half_open_trial_fail_fast()
    {
        await OpenBreaker();
        var trialAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.OnPublish(_ => trialAnswer.Task);
        _harness.Time.Advance(TimeSpan.FromSeconds(60));

        var trial = _harness.Publish();
        var concurrent = await _harness.Publish();

        Assert.False(trial.IsCompleted);
        Assert.Equal(DaprErrorKind.CircuitOpen, concurrent.ErrorKind);
        _harness.VerifyPublishCalls(Times.Exactly(4));

        trialAnswer.SetResult();
        Assert.True((await trial).Success);
        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task Each_component_has_its_own_breaker()
    {
        await OpenBreaker();
        _harness.Client
            .Setup(c => c.DeleteStateAsync(HelperHarness.Store, "event_123", null, null, It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);

        var delete = await _harness.Helper.DeleteStateAsync(HelperHarness.Store, "event_123");

        Assert.True(delete.Success);
        Assert.Equal(CircuitState.Open, _harness.Helper.GetCircuitState(HelperHarness.PubSub));
        Assert.Equal(CircuitState.Closed, _harness.Helper.GetCircuitState(HelperHarness.Store));
        Assert.Equal(CircuitState.Open, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task Three_store_failures_answered_by_the_sidecar_open_the_breaker()
    {
        _harness.Options.MaxAttempts = 3;
        _harness.OnPublish(_ => Task.FromException(DaprFaults.StoreDown()));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(DaprErrorKind.ComponentFailure, (await _harness.Publish()).ErrorKind);
        }

        var rejected = await _harness.Publish();

        Assert.Equal(DaprErrorKind.CircuitOpen, rejected.ErrorKind);
        Assert.True(rejected.IsRetryable);
        Assert.Equal(HelperHarness.PubSub, rejected.Component);
        _harness.VerifyPublishCalls(Times.Exactly(3));
    }

    [Fact]
    public async Task Bad_requests_answered_by_the_sidecar_do_not_open_the_breaker()
    {
        _harness.OnPublish(_ => Task.FromException(DaprFaults.Rpc(StatusCode.InvalidArgument, "state store nope is not found")));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(DaprErrorKind.Permanent, (await _harness.Publish()).ErrorKind);
        }

        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task Permanent_errors_do_not_open_the_breaker()
    {
        _harness.OnPublish(_ => Task.FromException(DaprFaults.Rpc(StatusCode.InvalidArgument)));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(DaprErrorKind.Permanent, (await _harness.Publish()).ErrorKind);
        }

        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_a_breaker_failure()
    {
        CancellationTokenSource? current = null;
        _harness.OnPublish(token =>
        {
            current!.Cancel();
            return Task.FromException(new OperationCanceledException(token));
        });

        for (var i = 0; i < 5; i++)
        {
            using var cancellation = new CancellationTokenSource();
            current = cancellation;
            Assert.Equal(DaprErrorKind.Cancelled, (await _harness.Publish(cancellation.Token)).ErrorKind);
        }

        _harness.VerifyPublishCalls(Times.Exactly(5));
        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    [Fact]
    public async Task A_cancelled_trial_leaves_the_breaker_half_open_for_the_next_call()
    {
        await OpenBreaker();
        _harness.Time.Advance(TimeSpan.FromSeconds(60));
        using var cancellation = new CancellationTokenSource();
        _harness.OnPublish(token =>
        {
            cancellation.Cancel();
            return Task.FromException(new OperationCanceledException(token));
        });

        Assert.Equal(DaprErrorKind.Cancelled, (await _harness.Publish(cancellation.Token)).ErrorKind);
        Assert.Equal(CircuitState.HalfOpen, _harness.Helper.CircuitState);

        _harness.PublishSucceeds();
        Assert.True((await _harness.Publish()).Success);
        Assert.Equal(CircuitState.Closed, _harness.Helper.CircuitState);
    }

    public void Dispose() => _harness.Dispose();

    private async Task OpenBreaker()
    {
        _harness.PublishAlwaysUnavailable();
        for (var i = 0; i < 3; i++)
        {
            await _harness.Publish();
        }

        Assert.Equal(CircuitState.Open, _harness.Helper.CircuitState);
    }
}
