namespace Kugelpos.Dapr;

/// <summary>
/// Outcome of a Dapr call that returns no value. Failures are values, not exceptions, so a
/// caller can skip, fall back or report without a try/catch; <see cref="EnsureSuccess"/> is the
/// one way to turn a failure into the service's error answer.
/// </summary>
public sealed record DaprResult
{
    private DaprResult(DaprErrorKind errorKind, string? message, string? component)
    {
        ErrorKind = errorKind;
        Message = message;
        Component = component;
    }

    /// <summary>The successful outcome.</summary>
    public static DaprResult Ok { get; } = new(DaprErrorKind.None, null, null);

    /// <summary>True when the call succeeded.</summary>
    public bool Success => ErrorKind == DaprErrorKind.None;

    /// <summary>Why the call failed; <see cref="DaprErrorKind.None"/> on success.</summary>
    public DaprErrorKind ErrorKind { get; }

    /// <summary>Human-readable reason for a failure; null on success. Never holds state values.</summary>
    public string? Message { get; }

    /// <summary>The pub/sub or state store component a failed call was for; null on success.</summary>
    public string? Component { get; }

    /// <summary>True when the failure may pass: the sidecar, the store or the broker is unavailable for now.</summary>
    public bool IsRetryable => DaprFailureAnswer.IsRetryable(ErrorKind);

    /// <summary>
    /// Does nothing on success. A retryable failure throws the 503 Kugelpos error naming the
    /// component, a cancelled call <see cref="OperationCanceledException"/>, a refused call
    /// <see cref="InvalidOperationException"/> (a bug to fix: the service answers a bare 500).
    /// </summary>
    /// <exception cref="Kugelpos.ServiceDefaults.Errors.KugelposException">503 when <see cref="IsRetryable"/>.</exception>
    public void EnsureSuccess() => DaprFailureAnswer.ThrowIfFailed(ErrorKind, Message, Component);

    /// <summary>A failed outcome.</summary>
    /// <param name="errorKind">Why it failed; never <see cref="DaprErrorKind.None"/>.</param>
    /// <param name="message">The reason, without state values.</param>
    /// <param name="component">The component the call was for, when known.</param>
    /// <exception cref="ArgumentException">When <paramref name="errorKind"/> is <see cref="DaprErrorKind.None"/>.</exception>
    public static DaprResult Failure(DaprErrorKind errorKind, string message, string? component = null)
    {
        ThrowIfNotFailure(errorKind, message);
        return new DaprResult(errorKind, message, component);
    }

    /// <summary>A successful read that found a value.</summary>
    public static DaprResult<T> Found<T>(T? value) => new(DaprErrorKind.None, null, found: true, value);

    /// <summary>A successful read of a key that holds no value.</summary>
    public static DaprResult<T> NotFound<T>() => new(DaprErrorKind.None, null, found: false, default);

    /// <summary>A failed read.</summary>
    /// <param name="errorKind">Why it failed; never <see cref="DaprErrorKind.None"/>.</param>
    /// <param name="message">The reason, without state values.</param>
    /// <param name="component">The component the call was for, when known.</param>
    /// <exception cref="ArgumentException">When <paramref name="errorKind"/> is <see cref="DaprErrorKind.None"/>.</exception>
    public static DaprResult<T> Failure<T>(DaprErrorKind errorKind, string message, string? component = null)
    {
        ThrowIfNotFailure(errorKind, message);
        return new DaprResult<T>(errorKind, message, found: false, default, component);
    }

    private static void ThrowIfNotFailure(DaprErrorKind errorKind, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (errorKind == DaprErrorKind.None || !Enum.IsDefined(errorKind))
        {
            throw new ArgumentException($"'{errorKind}' is not a failure kind.", nameof(errorKind));
        }
    }
}
