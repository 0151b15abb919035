using Kugelpos.Resilience;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Kugelpos.Sidecar.Resiliency;

/// <summary>
/// The outbound policy of one component, as daprd runs it around every store or broker call:
/// retries outside, then the circuit breaker, then the timeout of each attempt. So every attempt
/// counts against the breaker, and a breaker that opens stops the retries of the call that tripped it.
/// </summary>
public sealed class ComponentPolicy
{
    /// <summary>
    /// The retries allowed for <c>maxRetries: -1</c>. daprd would retry until the caller's context
    /// ends, but here a caller is an HTTP or gRPC request: without a bound it would hold its
    /// connection for as long as the store is down and never get daprd's 500.
    /// </summary>
    public const int UnlimitedRetriesCap = 10;

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(11);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(23);

    private readonly ResiliencePipeline? _pipeline;
    private readonly ConsecutiveFailureBreakerStateProvider? _breaker;

    private ComponentPolicy(ResiliencePipeline? pipeline, ConsecutiveFailureBreakerStateProvider? breaker)
    {
        _pipeline = pipeline;
        _breaker = breaker;
    }

    /// <summary>The policy of a component no Resiliency targets: calls go straight through.</summary>
    public static ComponentPolicy PassThrough { get; } = new(null, null);

    /// <summary>True when calls go straight through.</summary>
    public bool IsPassThrough => _pipeline is null;

    /// <summary>The breaker's state, or null without a breaker.</summary>
    public CircuitState? BreakerState => _breaker?.CircuitState;

    /// <summary>Builds the policy <paramref name="outbound"/> names in <paramref name="resiliency"/>.</summary>
    /// <exception cref="ArgumentException">The target names a policy the resource does not define.</exception>
    public static ComponentPolicy Create(string component, ResiliencySpec resiliency, ResiliencyTargetSpec outbound, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(resiliency);
        ArgumentNullException.ThrowIfNull(outbound);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new ResiliencePipelineBuilder { Name = component, TimeProvider = time };
        var strategies = 0;
        if (outbound.Retry is { } retryName)
        {
            var retry = Named(resiliency.Retries, retryName, "retry", component);
            if (retry.MaxRetries != 0)
            {
                builder.AddRetry(RetryOptions(component, retry, logger));
                strategies++;
            }
        }

        ConsecutiveFailureBreakerStateProvider? breaker = null;
        if (outbound.CircuitBreaker is { } breakerName)
        {
            breaker = new ConsecutiveFailureBreakerStateProvider();
            builder.AddConsecutiveFailureBreaker(BreakerOptions(component, Named(resiliency.CircuitBreakers, breakerName, "circuit breaker", component), breaker), logger);
            strategies++;
        }

        if (outbound.Timeout is { } timeoutName)
        {
            var timeout = resiliency.Timeouts.TryGetValue(timeoutName, out var named) ? named
                : GoDuration.TryParse(timeoutName, out var literal) ? literal
                : throw new ArgumentException($"component {component}: no timeout is named '{timeoutName}'", nameof(outbound));

            // Polly takes timeouts between 10 ms and 24 h; 0 means none, as in Dapr.
            if (timeout > TimeSpan.Zero)
            {
                builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout < MinTimeout ? MinTimeout : timeout > MaxTimeout ? MaxTimeout : timeout });
                strategies++;
            }
        }

        return strategies == 0 ? PassThrough : new ComponentPolicy(builder.Build(), breaker);
    }

    /// <summary>Runs <paramref name="operation"/> under the policy; a failure that survives it is rethrown.</summary>
    public Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _pipeline is null
            ? operation(cancellationToken)
            : _pipeline.ExecuteAsync(static (op, token) => Attempt(op, token), operation, cancellationToken).AsTask();
    }

    /// <summary>Runs <paramref name="operation"/> under the policy; a failure that survives it is rethrown.</summary>
    public Task ExecuteAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _pipeline is null
            ? operation(cancellationToken)
            : ExecuteAsync(async token =>
            {
                await operation(token);
                return true;
            }, cancellationToken);
    }

    private static async ValueTask<T> Attempt<T>(Func<CancellationToken, Task<T>> operation, CancellationToken token)
    {
        var task = operation(token);
        if (!token.CanBeCanceled || task.IsCompleted)
        {
            return await task;
        }

        try
        {
            // StackExchange.Redis takes no token: waiting on it is what lets the timeout end an attempt.
            return await task.WaitAsync(token);
        }
        catch (OperationCanceledException) when (!task.IsCompleted)
        {
            // The abandoned call finishes on its own; its error is observed so it is not reported as unobserved.
            _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private static RetryStrategyOptions RetryOptions(string component, RetryPolicySpec retry, ILogger logger) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && ComponentFailure.IsTransient(e)),
        MaxRetryAttempts = retry.MaxRetries < 0 ? UnlimitedRetriesCap : retry.MaxRetries,
        BackoffType = DelayBackoffType.Constant,
        UseJitter = false,
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(retry.DelayFor(args.AttemptNumber + 1)),
        OnRetry = args =>
        {
            logger.LogWarning("Call to {Component} failed ({Reason}); retry {Attempt} in {Delay}", component, args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
            return ValueTask.CompletedTask;
        },
    };

    private static ConsecutiveFailureBreakerOptions BreakerOptions(string component, CircuitBreakerSpec spec, ConsecutiveFailureBreakerStateProvider state) => new()
    {
        Name = component,
        FailureThreshold = Math.Max(1, spec.ConsecutiveFailures),
        OpenDuration = spec.Timeout,

        // gobreaker reads maxRequests 0 as 1.
        MaxTrialCalls = Math.Max(1, spec.MaxRequests),
        CountResetInterval = spec.Interval,
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && ComponentFailure.IsTransient(e)),
        StateProvider = state,
    };

    private static T Named<T>(IReadOnlyDictionary<string, T> policies, string name, string kind, string component) =>
        policies.TryGetValue(name, out var policy) ? policy : throw new ArgumentException($"component {component}: no {kind} policy is named '{name}'", nameof(policies));
}
