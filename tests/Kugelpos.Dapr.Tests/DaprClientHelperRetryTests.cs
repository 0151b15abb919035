using System.Text.Json;
using Dapr;
using Grpc.Core;
using Moq;

namespace Kugelpos.Dapr.Tests;

public class DaprClientHelperRetryTests : IDisposable
{
    private readonly HelperHarness _harness = new();

    [Fact]
    public async Task Transient_failures_are_retried_with_doubling_delays_capped_at_the_maximum()
    {
        _harness.Options.MaxAttempts = 6;
        _harness.Options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        _harness.Options.RetryMaxDelay = TimeSpan.FromSeconds(5);
        _harness.PublishAlwaysUnavailable();

        var result = await _harness.RunToCompletion(_harness.Publish());

        Assert.Equal(DaprErrorKind.Transient, result.ErrorKind);
        var expected = new[] { 1, 2, 4, 5, 5 }.Select(seconds => TimeSpan.FromSeconds(seconds)).ToList();
        Assert.Equal(expected, _harness.RetryDelays);
        Assert.Equal(expected, _harness.Gaps());
    }

    [Fact]
    public async Task Jittered_delays_stay_within_the_cap()
    {
        _harness.Options.MaxAttempts = 8;
        _harness.Options.UseJitter = true;
        _harness.Options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        _harness.Options.RetryMaxDelay = TimeSpan.FromSeconds(3);
        _harness.PublishAlwaysUnavailable();

        await _harness.RunToCompletion(_harness.Publish());

        Assert.Equal(7, _harness.RetryDelays.Count);
        Assert.All(_harness.RetryDelays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(3)));
        Assert.Equal(_harness.RetryDelays, _harness.Gaps());
    }

    [Fact]
    public async Task A_call_that_succeeds_on_a_retry_returns_success()
    {
        _harness.Options.MaxAttempts = 3;
        _harness.PublishFailsWith(DaprFaults.Unavailable(), DaprFaults.ConnectionReset());

        var result = await _harness.RunToCompletion(_harness.Publish());

        Assert.True(result.Success);
        _harness.VerifyPublishCalls(Times.Exactly(3));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.FailedPrecondition)]
    public async Task Non_transient_errors_are_not_retried(StatusCode code)
    {
        _harness.Options.MaxAttempts = 5;
        _harness.OnPublish(_ => Task.FromException(DaprFaults.Rpc(code, "refused")));

        var result = await _harness.Publish();

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        Assert.Contains(code.ToString(), result.Message, StringComparison.Ordinal);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Fact]
    public async Task Serialization_errors_are_not_retried()
    {
        _harness.Options.MaxAttempts = 5;
        _harness.OnPublish(_ => Task.FromException(new DaprException("bad payload", new JsonException("cannot serialize"))));

        var result = await _harness.Publish();

        Assert.Equal(DaprErrorKind.Permanent, result.ErrorKind);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Theory]
    [InlineData(StatusCode.ResourceExhausted)]
    [InlineData(StatusCode.Aborted)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task Answers_of_a_reached_sidecar_are_not_retried(StatusCode code)
    {
        _harness.Options.MaxAttempts = 5;
        _harness.OnPublish(_ => Task.FromException(DaprFaults.Rpc(code, "answered")));

        var result = await _harness.Publish();

        Assert.True(result.IsRetryable);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Fact]
    public async Task A_store_failure_the_sidecar_already_retried_is_not_retried_again()
    {
        _harness.Options.MaxAttempts = 5;
        _harness.OnPublish(_ => Task.FromException(DaprFaults.StoreDown()));

        var result = await _harness.Publish();

        Assert.Equal(DaprErrorKind.ComponentFailure, result.ErrorKind);
        Assert.Contains("fail to get order from state store statestore", result.Message, StringComparison.Ordinal);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Fact]
    public async Task A_call_without_an_answer_ends_at_its_deadline_with_a_Timeout_and_is_not_retried()
    {
        _harness.Options.MaxAttempts = 3;
        _harness.OnPublish(token => Task.Delay(Timeout.InfiniteTimeSpan, token));

        var pending = _harness.Publish();
        await _harness.ExpectTimer(TimeSpan.FromSeconds(190));
        _harness.Time.Advance(TimeSpan.FromSeconds(190) - TimeSpan.FromMilliseconds(1));
        Assert.False(pending.IsCompleted);
        _harness.Time.Advance(TimeSpan.FromMilliseconds(1));

        var result = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(DaprErrorKind.Timeout, result.ErrorKind);
        Assert.Contains("deadline of 190 s", result.Message, StringComparison.Ordinal);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Fact]
    public async Task Retries_to_reach_the_sidecar_stop_at_the_call_deadline()
    {
        _harness.Options.MaxAttempts = 20;
        _harness.Options.CallTimeout = TimeSpan.FromSeconds(10);
        _harness.Options.RetryBaseDelay = TimeSpan.FromSeconds(4);
        _harness.Options.RetryMaxDelay = TimeSpan.FromSeconds(60);
        _harness.PublishAlwaysUnavailable();

        var pending = _harness.Publish();
        await _harness.ExpectTimer(TimeSpan.FromSeconds(10));
        await _harness.ExpectTimer(TimeSpan.FromSeconds(4));
        _harness.Time.Advance(TimeSpan.FromSeconds(4));
        await _harness.ExpectTimer(TimeSpan.FromSeconds(8));
        _harness.Time.Advance(TimeSpan.FromSeconds(6));

        var result = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(DaprErrorKind.Timeout, result.ErrorKind);
        Assert.Equal([TimeSpan.FromSeconds(4)], _harness.Gaps());
    }

    [Fact]
    public async Task Caller_cancellation_during_backoff_returns_Cancelled_and_stops_retrying()
    {
        _harness.Options.MaxAttempts = 5;
        _harness.Options.RetryBaseDelay = TimeSpan.FromSeconds(10);
        _harness.Options.RetryMaxDelay = TimeSpan.FromSeconds(10);
        _harness.PublishAlwaysUnavailable();
        using var cancellation = new CancellationTokenSource();

        var pending = _harness.Publish(cancellation.Token);
        await cancellation.CancelAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(DaprErrorKind.Cancelled, (await pending).ErrorKind);
        _harness.VerifyPublishCalls(Times.Once());
    }

    [Fact]
    public async Task An_already_cancelled_call_never_reaches_Dapr()
    {
        _harness.PublishSucceeds();

        var result = await _harness.Publish(new CancellationToken(canceled: true));

        Assert.Equal(DaprErrorKind.Cancelled, result.ErrorKind);
        _harness.VerifyPublishCalls(Times.Never());
    }

    public void Dispose() => _harness.Dispose();
}
