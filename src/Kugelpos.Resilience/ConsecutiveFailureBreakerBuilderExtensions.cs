using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Kugelpos.Resilience;

/// <summary>Adds the consecutive-failure circuit breaker to a Polly pipeline.</summary>
public static class ConsecutiveFailureBreakerBuilderExtensions
{
    /// <summary>
    /// Adds a breaker that opens after <see cref="ConsecutiveFailureBreakerOptions.FailureThreshold"/>
    /// failed calls in a row. While open, calls fail at once with a <see cref="Polly.CircuitBreaker.BrokenCircuitException"/>.
    /// Time comes from the builder's <see cref="ResiliencePipelineBuilderBase.TimeProvider"/>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The breaker's settings; validated here.</param>
    /// <param name="logger">Receives one entry per state change, named by <see cref="ResilienceStrategyOptions.Name"/>.</param>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">When a setting is out of range.</exception>
    public static TBuilder AddConsecutiveFailureBreaker<TBuilder>(this TBuilder builder, ConsecutiveFailureBreakerOptions options, ILogger? logger = null)
        where TBuilder : ResiliencePipelineBuilderBase
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddStrategy(
            context => new ConsecutiveFailureBreakerStrategy(options, context.TimeProvider, logger ?? NullLogger.Instance),
            options);
    }
}
