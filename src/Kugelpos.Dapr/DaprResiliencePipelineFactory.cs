using Kugelpos.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Kugelpos.Dapr;

/// <summary>Builds the breaker-around-retry-around-timeout pipeline every Dapr call to one component runs through.</summary>
internal static class DaprResiliencePipelineFactory
{
    /// <summary>Carries the call description to the retry callback for logging.</summary>
    public static readonly ResiliencePropertyKey<DaprCall> CallKey = new("Kugelpos.Dapr.Call");

    /// <summary>
    /// Retry (outer) wraps timeout (inner), so the timeout bounds each attempt rather than the
    /// whole call, and a timed-out attempt is retried like any other transient failure.
    /// </summary>
    /// <remarks>
    /// The breaker sits outside the retries, so a call that spends all its attempts counts as one
    /// failure, and a caller's cancellation (its own token, not a timeout's) is never counted.
    /// </remarks>
    public static ResiliencePipeline Create(
        string component, DaprOptions options, TimeProvider timeProvider, ILogger logger, ConsecutiveFailureBreakerStateProvider breaker)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = "kugelpos-dapr", InstanceName = component };
        builder.AddConsecutiveFailureBreaker(
            new ConsecutiveFailureBreakerOptions
            {
                Name = component,
                FailureThreshold = options.FailureThreshold,
                OpenDuration = options.OpenDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } exception
                    && DaprFailureClassifier.IsTransient(exception, args.Context.CancellationToken)),
                StateProvider = breaker,
            },
            logger);

        // Polly wants at least one retry; a single attempt simply has no retry strategy.
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.UseJitter,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } exception
                    && DaprFailureClassifier.IsTransient(exception, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                    {
                        logger.LogWarning(
                            "Dapr {Operation} on {Component} for {Target} failed on attempt {Attempt} ({Error}); retrying in {DelayMs} ms",
                            call.Operation,
                            call.Component,
                            call.Target,
                            args.AttemptNumber + 1,
                            args.Outcome.Exception?.GetType().Name,
                            args.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }
}
