using System.ComponentModel.DataAnnotations;
using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Resilience;

/// <summary>
/// Settings of the consecutive-failure circuit breaker, named as daprd's Resiliency spec names them
/// (<c>trip: consecutiveFailures &gt;= N</c>, <c>timeout</c>, <c>maxRequests</c>, <c>interval</c>).
/// Polly validates them when the strategy is added to a pipeline.
/// </summary>
public sealed class ConsecutiveFailureBreakerOptions : ResilienceStrategyOptions
{
    /// <summary>Creates the options with the Kugelpos seed's values: 3 failures in a row block for 60 s.</summary>
    public ConsecutiveFailureBreakerOptions() => Name = "ConsecutiveFailureBreaker";

    /// <summary>Failures in a row that open the breaker (daprd's <c>consecutiveFailures</c>).</summary>
    [Range(1, int.MaxValue)]
    public int FailureThreshold { get; set; } = 3;

    /// <summary>How long an open breaker fails calls fast before it lets trial calls through (daprd's <c>timeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OpenDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Trial calls a half-open breaker lets through (daprd's <c>maxRequests</c>): all of them
    /// succeeding closes it, any of them failing opens it again.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxTrialCalls { get; set; } = 1;

    /// <summary>
    /// How often a closed breaker forgets its failures (daprd's <c>interval</c>); zero never does,
    /// so only a success resets the count.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CountResetInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Which outcomes are failures. An outcome it does not handle is a success; a call the caller
    /// cancelled is neither. The default handles every exception but <see cref="OperationCanceledException"/>.
    /// </summary>
    [Required]
    public Func<CircuitBreakerPredicateArguments<object>, ValueTask<bool>> ShouldHandle { get; set; } =
        args => ValueTask.FromResult(args.Outcome.Exception is { } exception and not OperationCanceledException);

    /// <summary>Reads the breaker's state for metrics and health checks; one provider per breaker.</summary>
    public ConsecutiveFailureBreakerStateProvider? StateProvider { get; set; }
}
