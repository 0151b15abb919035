using Polly.CircuitBreaker;

namespace Kugelpos.Resilience;

/// <summary>
/// Reads the state of one consecutive-failure breaker, as Polly's <see cref="CircuitBreakerStateProvider"/>
/// does for its own breaker: pass it in <see cref="ConsecutiveFailureBreakerOptions.StateProvider"/>.
/// </summary>
public sealed class ConsecutiveFailureBreakerStateProvider
{
    private Func<CircuitState>? _read;

    /// <summary>The state now: <see cref="CircuitState.Closed"/> until the breaker is built; an open breaker whose time is up reads as half-open.</summary>
    public CircuitState CircuitState => _read?.Invoke() ?? CircuitState.Closed;

    internal void Bind(Func<CircuitState> read)
    {
        if (Interlocked.CompareExchange(ref _read, read, null) is not null)
        {
            throw new InvalidOperationException("This state provider already reads another breaker; give each breaker its own.");
        }
    }
}
