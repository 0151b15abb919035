using Microsoft.Extensions.Logging;

namespace Kugelpos.Dapr;

/// <summary>
/// Circuit breaker that opens after a number of CONSECUTIVE failed calls, stays open for a
/// fixed time, then lets exactly one trial call decide whether to close or reopen.
/// </summary>
/// <remarks>
/// Hand-written on purpose: Polly's circuit breaker trips on a failure ratio over a sampling
/// window, while the Kugelpos seed specifies "3 failures in a row block for 60 seconds".
/// Open-to-half-open is evaluated lazily against the <see cref="TimeProvider"/>, so no timer runs.
/// </remarks>
public sealed class ConsecutiveFailureCircuitBreaker
{
    private readonly Lock _gate = new();
    private readonly int _failureThreshold;
    private readonly TimeSpan _openDuration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private CircuitState _state = CircuitState.Closed;
    private int _consecutiveFailures;
    private long _openedAt;
    private bool _trialInFlight;

    /// <summary>Creates a closed breaker.</summary>
    /// <param name="name">Name used in logs and metrics (the Dapr component name).</param>
    /// <param name="failureThreshold">Consecutive failures that open the breaker; at least 1.</param>
    /// <param name="openDuration">How long the breaker stays open before a trial; positive.</param>
    /// <param name="timeProvider">Clock used to time the open period.</param>
    /// <param name="logger">Receives one entry per state transition.</param>
    public ConsecutiveFailureCircuitBreaker(
        string name,
        int failureThreshold,
        TimeSpan openDuration,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(failureThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(openDuration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Name = name;
        _failureThreshold = failureThreshold;
        _openDuration = openDuration;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Name used in logs and metrics.</summary>
    public string Name { get; }

    /// <summary>Current state; an open breaker whose time is up reads as half-open.</summary>
    public CircuitState State
    {
        get
        {
            lock (_gate)
            {
                return CurrentState();
            }
        }
    }

    /// <summary>Asks whether a call may go through; every granted permit must be reported back.</summary>
    /// <returns><see cref="CircuitPermit.Denied"/> when the call must fail fast.</returns>
    public CircuitPermit TryEnter()
    {
        lock (_gate)
        {
            switch (CurrentState())
            {
                case CircuitState.Closed:
                    return CircuitPermit.Normal;
                case CircuitState.HalfOpen when !_trialInFlight:
                    if (_state == CircuitState.Open)
                    {
                        _state = CircuitState.HalfOpen;
                        _logger.LogInformation("Circuit breaker {Breaker} is half-open: letting one trial call through", Name);
                    }

                    _trialInFlight = true;
                    return CircuitPermit.Trial;
                default:
                    return CircuitPermit.Denied;
            }
        }
    }

    /// <summary>Reports a successful call: resets the failure count, or closes after a trial.</summary>
    public void RecordSuccess(CircuitPermit permit)
    {
        lock (_gate)
        {
            if (permit == CircuitPermit.Trial)
            {
                _trialInFlight = false;
                _state = CircuitState.Closed;
                _consecutiveFailures = 0;
                _logger.LogInformation("Circuit breaker {Breaker} closed: the trial call succeeded", Name);
            }
            else if (permit == CircuitPermit.Normal && _state == CircuitState.Closed)
            {
                _consecutiveFailures = 0;
            }
        }
    }

    /// <summary>Reports a failed call: counts it, or reopens after a failed trial.</summary>
    public void RecordFailure(CircuitPermit permit)
    {
        lock (_gate)
        {
            if (permit == CircuitPermit.Trial)
            {
                _trialInFlight = false;
                Open();
                _logger.LogWarning(
                    "Circuit breaker {Breaker} reopened: the trial call failed; calls fail fast for {OpenSeconds} s",
                    Name,
                    _openDuration.TotalSeconds);
            }
            else if (permit == CircuitPermit.Normal && _state == CircuitState.Closed
                && ++_consecutiveFailures >= _failureThreshold)
            {
                _logger.LogWarning(
                    "Circuit breaker {Breaker} opened after {Failures} consecutive failures; calls fail fast for {OpenSeconds} s",
                    Name,
                    _consecutiveFailures,
                    _openDuration.TotalSeconds);
                Open();
            }
        }
    }

    /// <summary>
    /// Reports a call whose outcome says nothing about Dapr's health (cancelled by the caller,
    /// refused as invalid): the count is unchanged and a trial slot is freed for the next call.
    /// </summary>
    public void Release(CircuitPermit permit)
    {
        if (permit != CircuitPermit.Trial)
        {
            return;
        }

        lock (_gate)
        {
            _trialInFlight = false;
        }
    }

    private CircuitState CurrentState() =>
        _state == CircuitState.Open && _timeProvider.GetElapsedTime(_openedAt) >= _openDuration
            ? CircuitState.HalfOpen
            : _state;

    private void Open()
    {
        _state = CircuitState.Open;
        _openedAt = _timeProvider.GetTimestamp();
        _consecutiveFailures = 0;
    }
}
