namespace Kugelpos.Dapr;

/// <summary>
/// Outcome of a Dapr read. A missing key is a success with <see cref="Found"/> false, which
/// keeps "nothing stored" apart from "could not ask".
/// </summary>
/// <typeparam name="T">Type of the value read.</typeparam>
public sealed record DaprResult<T>
{
    internal DaprResult(DaprErrorKind errorKind, string? message, bool found, T? value, string? component = null)
    {
        ErrorKind = errorKind;
        Message = message;
        Found = found;
        Value = value;
        Component = component;
    }

    /// <summary>True when the call succeeded, whether or not a value was found.</summary>
    public bool Success => ErrorKind == DaprErrorKind.None;

    /// <summary>True when the call succeeded and the key held a value.</summary>
    public bool Found { get; }

    /// <summary>The value read; default unless <see cref="Found"/>.</summary>
    public T? Value { get; }

    /// <summary>Why the call failed; <see cref="DaprErrorKind.None"/> on success.</summary>
    public DaprErrorKind ErrorKind { get; }

    /// <summary>Human-readable reason for a failure; null on success. Never holds state values.</summary>
    public string? Message { get; }

    /// <summary>The state store a failed read was for; null on success.</summary>
    public string? Component { get; }

    /// <summary>True when the failure may pass: the sidecar or the store is unavailable for now.</summary>
    public bool IsRetryable => DaprFailureAnswer.IsRetryable(ErrorKind);

    /// <summary>The same outcome without its value.</summary>
    public DaprResult WithoutValue() =>
        Success ? DaprResult.Ok : DaprResult.Failure(ErrorKind, Message ?? ErrorKind.ToString(), Component);

    /// <summary>Does nothing on success; otherwise throws as <see cref="DaprResult.EnsureSuccess"/> does.</summary>
    /// <exception cref="Kugelpos.ServiceDefaults.Errors.KugelposException">503 when <see cref="IsRetryable"/>.</exception>
    public void EnsureSuccess() => DaprFailureAnswer.ThrowIfFailed(ErrorKind, Message, Component);
}
