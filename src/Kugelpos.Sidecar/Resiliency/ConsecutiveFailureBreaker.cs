using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Sidecar.Resiliency;

/// <summary>
/// daprd's circuit breaker (sony/gobreaker) as a Polly strategy: opens after
/// <see cref="CircuitBreakerSpec.ConsecutiveFailures"/> failed calls in a row, fails fast for
/// <see cref="CircuitBreakerSpec.Timeout"/>, then lets <see cref="CircuitBreakerSpec.MaxRequests"/>
/// trial calls through: all succeeding closes it, any failing reopens it.
/// </summary>
/// <remarks>
/// Hand-written because Polly's breaker trips on a failure ratio over a sampling window, not on
/// consecutive failures. State moves lazily against the <see cref="TimeProvider"/>, so no timer
/// runs; a generation number drops outcomes of calls admitted before the state last changed.
/// </remarks>
internal sealed class ConsecutiveFailureBreaker : ResilienceStrategy
{
    private readonly Lock _gate = new();
    private readonly string _component;
    private readonly CircuitBreakerSpec _spec;
    private readonly int _threshold;
    private readonly int _maxRequests;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CircuitState _state = CircuitState.Closed;
    private long _since;
    private long _generation;
    private int _failures;
    private int _admitted;
    private int _successes;

    /// <summary>A closed breaker for <paramref name="component"/>.</summary>
    public ConsecutiveFailureBreaker(string component, CircuitBreakerSpec spec, TimeProvider time, ILogger logger)
    {
        _component = component;
        _spec = spec;
        _threshold = Math.Max(1, spec.ConsecutiveFailures);

        // gobreaker reads maxRequests 0 as 1.
        _maxRequests = Math.Max(1, spec.MaxRequests);
        _time = time;
        _logger = logger;
        _since = time.GetTimestamp();
    }

    /// <summary>The state now; an open breaker whose timeout has passed reads as half-open.</summary>
    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                Refresh();
                return _state;
            }
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        long generation;
        lock (_gate)
        {
            Refresh();
            if (_state == CircuitState.Open)
            {
                return Outcome.FromException<TResult>(new BrokenCircuitException("circuit breaker is open"));
            }

            if (_state == CircuitState.HalfOpen)
            {
                if (_admitted >= _maxRequests)
                {
                    return Outcome.FromException<TResult>(new BrokenCircuitException("too many requests"));
                }

                _admitted++;
            }

            generation = _generation;
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        Record(generation, outcome.Exception, context.CancellationToken);
        return outcome;
    }

    private void Record(long generation, Exception? error, CancellationToken callerToken)
    {
        lock (_gate)
        {
            Refresh();
            if (generation != _generation)
            {
                return;
            }

            if (error is OperationCanceledException && callerToken.IsCancellationRequested)
            {
                // The caller gave up: that says nothing about the store, but frees a trial slot.
                if (_state == CircuitState.HalfOpen)
                {
                    _admitted--;
                }

                return;
            }

            if (error is not null && ComponentFailure.IsTransient(error))
            {
                if (_state == CircuitState.HalfOpen || ++_failures >= _threshold)
                {
                    Move(CircuitState.Open);
                    _logger.LogWarning("Circuit breaker of {Component} opened: calls fail fast for {Timeout}", _component, _spec.Timeout);
                }
            }
            else if (_state == CircuitState.HalfOpen)
            {
                if (++_successes >= _maxRequests)
                {
                    Move(CircuitState.Closed);
                    _logger.LogInformation("Circuit breaker of {Component} closed: the trial calls succeeded", _component);
                }
            }
            else
            {
                _failures = 0;
            }
        }
    }

    private void Refresh()
    {
        var elapsed = _time.GetElapsedTime(_since);
        if (_state == CircuitState.Open && elapsed >= _spec.Timeout)
        {
            Move(CircuitState.HalfOpen);
        }
        else if (_state == CircuitState.Closed && _spec.Interval > TimeSpan.Zero && elapsed >= _spec.Interval)
        {
            // gobreaker clears the counts of a closed breaker every interval (0 = never).
            Move(CircuitState.Closed);
        }
    }

    private void Move(CircuitState state)
    {
        _state = state;
        _since = _time.GetTimestamp();
        _generation++;
        _failures = 0;
        _admitted = 0;
        _successes = 0;
    }
}
