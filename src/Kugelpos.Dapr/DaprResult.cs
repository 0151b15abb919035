namespace Kugelpos.Dapr;

/// <summary>
/// Outcome of a Dapr call that returns no value. Failures are values, not exceptions, so a
/// caller can skip, fall back or report without a try/catch.
/// </summary>
public sealed record DaprResult
{
    private DaprResult(DaprErrorKind errorKind, string? message)
    {
        ErrorKind = errorKind;
        Message = message;
    }

    /// <summary>The successful outcome.</summary>
    public static DaprResult Ok { get; } = new(DaprErrorKind.None, null);

    /// <summary>True when the call succeeded.</summary>
    public bool Success => ErrorKind == DaprErrorKind.None;

    /// <summary>Why the call failed; <see cref="DaprErrorKind.None"/> on success.</summary>
    public DaprErrorKind ErrorKind { get; }

    /// <summary>Human-readable reason for a failure; null on success. Never holds state values.</summary>
    public string? Message { get; }

    /// <summary>A failed outcome.</summary>
    /// <exception cref="ArgumentException">When <paramref name="errorKind"/> is <see cref="DaprErrorKind.None"/>.</exception>
    public static DaprResult Failure(DaprErrorKind errorKind, string message)
    {
        ThrowIfNotFailure(errorKind, message);
        return new DaprResult(errorKind, message);
    }

    /// <summary>A successful read that found a value.</summary>
    public static DaprResult<T> Found<T>(T? value) => new(DaprErrorKind.None, null, found: true, value);

    /// <summary>A successful read of a key that holds no value.</summary>
    public static DaprResult<T> NotFound<T>() => new(DaprErrorKind.None, null, found: false, default);

    /// <summary>A failed read.</summary>
    /// <exception cref="ArgumentException">When <paramref name="errorKind"/> is <see cref="DaprErrorKind.None"/>.</exception>
    public static DaprResult<T> Failure<T>(DaprErrorKind errorKind, string message)
    {
        ThrowIfNotFailure(errorKind, message);
        return new DaprResult<T>(errorKind, message, found: false, default);
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
