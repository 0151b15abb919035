using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;

namespace Kugelpos.Resilience;

/// <summary>
/// daprd's circuit breaker (sony/gobreaker) as a Polly strategy: opens after a number of failed
/// calls in a row, fails fast for the open duration, then lets a few trial calls through: all
/// succeeding closes it, any failing reopens it.
/// </summary>
/// <remarks>
/// Hand-written because Polly's own breaker trips on a failure ratio over a sampling window, not
/// on consecutive failures. State moves lazily against the <see cref="TimeProvider"/>, so no timer
/// runs; a generation number drops outcomes of calls admitted before the state last changed, so
/// a slow call from before an outage can neither close nor reopen the breaker.
/// </remarks>
internal sealed class ConsecutiveFailureBreakerStrategy : ResilienceStrategy
{
    /// <summary>The message of the exception an open breaker fails calls with, as gobreaker words it.</summary>
    public const string OpenMessage = "circuit breaker is open";

    /// <summary>The message when a half-open breaker already has all its trial calls in flight.</summary>
    public const string TooManyRequestsMessage = "too many requests";

    private readonly Lock _gate = new();
    private readonly string _name;
    private readonly int _threshold;
    private readonly int _maxTrialCalls;
    private readonly TimeSpan _openDuration;
    private readonly TimeSpan _countResetInterval;
    private readonly Func<CircuitBreakerPredicateArguments<object>, ValueTask<bool>> _shouldHandle;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CircuitState _state = CircuitState.Closed;
    private long _since;
    private long _generation;
    private int _failures;
    private int _admitted;
    private int _successes;

    public ConsecutiveFailureBreakerStrategy(ConsecutiveFailureBreakerOptions options, TimeProvider time, ILogger logger)
    {
        _name = options.Name ?? nameof(ConsecutiveFailureBreakerStrategy);
        _threshold = options.FailureThreshold;
        _maxTrialCalls = options.MaxTrialCalls;
        _openDuration = options.OpenDuration;
        _countResetInterval = options.CountResetInterval;
        _shouldHandle = options.ShouldHandle;
        _time = time;
        _logger = logger;
        _since = time.GetTimestamp();
        options.StateProvider?.Bind(() => State);
    }

    /// <summary>The state now; an open breaker whose time is up reads as half-open.</summary>
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
                var left = _openDuration - _time.GetElapsedTime(_since);
                return Outcome.FromException<TResult>(new BrokenCircuitException(OpenMessage, left > TimeSpan.Zero ? left : TimeSpan.Zero));
            }

            if (_state == CircuitState.HalfOpen)
            {
                if (_admitted >= _maxTrialCalls)
                {
                    return Outcome.FromException<TResult>(new BrokenCircuitException(TooManyRequestsMessage));
                }

                _admitted++;
            }

            generation = _generation;
        }

        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            // The caller gave up: that says nothing about what the breaker guards, but frees a trial slot.
            Release(generation);
            return outcome;
        }

        var asObject = outcome.Exception is { } exception ? Outcome.FromException<object>(exception) : Outcome.FromResult<object>(outcome.Result);
        var failed = await _shouldHandle(new CircuitBreakerPredicateArguments<object>(context, asObject)).ConfigureAwait(context.ContinueOnCapturedContext);
        Record(generation, failed);
        return outcome;
    }

    private void Release(long generation)
    {
        lock (_gate)
        {
            Refresh();
            if (generation == _generation && _state == CircuitState.HalfOpen)
            {
                _admitted--;
            }
        }
    }

    private void Record(long generation, bool failed)
    {
        lock (_gate)
        {
            Refresh();
            if (generation != _generation)
            {
                return;
            }

            if (failed)
            {
                var trial = _state == CircuitState.HalfOpen;
                if (trial || ++_failures >= _threshold)
                {
                    Move(CircuitState.Open);
                    _logger.LogWarning(
                        "Circuit breaker {Breaker} opened ({Cause}): calls fail fast for {OpenSeconds} s",
                        _name,
                        trial ? "a trial call failed" : $"{_threshold} consecutive failures",
                        _openDuration.TotalSeconds);
                }
            }
            else if (_state == CircuitState.HalfOpen)
            {
                if (++_successes >= _maxTrialCalls)
                {
                    Move(CircuitState.Closed);
                    _logger.LogInformation("Circuit breaker {Breaker} closed: the trial calls succeeded", _name);
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
        if (_state == CircuitState.Open && elapsed >= _openDuration)
        {
            Move(CircuitState.HalfOpen);
            _logger.LogInformation("Circuit breaker {Breaker} is half-open: letting {Trials} trial call(s) through", _name, _maxTrialCalls);
        }
        else if (_state == CircuitState.Closed && _countResetInterval > TimeSpan.Zero && elapsed >= _countResetInterval)
        {
            // gobreaker clears the counts of a closed breaker every interval.
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
