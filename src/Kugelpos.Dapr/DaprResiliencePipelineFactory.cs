using Kugelpos.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Kugelpos.Dapr;

/// <summary>Builds the pipeline every Dapr call to one component runs through: breaker, deadline, reconnect retries.</summary>
/// <remarks>
/// Retries and per-attempt timeouts of store and broker calls belong to the sidecar (the
/// Resiliency resource in components/), so this pipeline does not repeat them: it retries only a
/// sidecar that could not be reached, and bounds the whole call by one deadline that outlasts the
/// sidecar's policy. The breaker sits outside both, so a call counts once however many attempts
/// it made, a deadline that passed counts as a failure, and a caller's own cancellation never does.
/// </remarks>
internal static class DaprResiliencePipelineFactory
{
    /// <summary>Carries the call description to the retry callback for logging.</summary>
    public static readonly ResiliencePropertyKey<DaprCall> CallKey = new("Kugelpos.Dapr.Call");

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
                    && DaprFailureClassifier.CountsAgainstBreaker(exception, args.Context.CancellationToken)),
                StateProvider = breaker,
            },
            logger);
        builder.AddTimeout(options.CallTimeout);

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
                    && DaprFailureClassifier.IsSidecarUnreachable(exception, args.Context.CancellationToken)),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(CallKey, out var call))
                    {
                        logger.LogWarning(
                            "Dapr {Operation} on {Component} for {Target}: the sidecar was not reached on attempt {Attempt} ({Error}); retrying in {DelayMs} ms",
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

        return builder.Build();
    }
}
