using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.ServiceDefaults.Errors;

/// <summary>
/// A business or request error that a handler throws; the pipeline turns it into the error
/// envelope with <see cref="StatusCode"/>, <see cref="ErrorCode"/> and the message. Its message is
/// sent to the client, so it must not contain secrets or internals.
/// </summary>
public class KugelposException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">HTTP status of the response, 400 to 599.</param>
    /// <param name="errorCode">The six-digit Kugelpos error code, e.g. <c>401001</c>.</param>
    /// <param name="message">A message fit for the client.</param>
    /// <param name="field">The request field or entity state the error is about, if any.</param>
    /// <param name="innerException">The cause, logged but never sent.</param>
    public KugelposException(
        int statusCode, string errorCode, string message, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (errorCode is null || errorCode.Length != 6 || !errorCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A Kugelpos error code is six digits.", nameof(errorCode));
        }

        StatusCode = statusCode;
        ErrorCode = errorCode;
        Field = field;
    }

    /// <summary>Creates a 500 system error; prefer the full constructor.</summary>
    public KugelposException()
        : this(500, KugelposErrorCodes.SystemError, "System error occurred")
    {
    }

    /// <summary>Creates a 500 system error with a message; prefer the full constructor.</summary>
    /// <param name="message">A message fit for the client.</param>
    public KugelposException(string message)
        : this(500, KugelposErrorCodes.SystemError, message)
    {
    }

    /// <summary>Creates a 500 system error with a cause; prefer the full constructor.</summary>
    /// <param name="message">A message fit for the client.</param>
    /// <param name="innerException">The cause, logged but never sent.</param>
    public KugelposException(string message, Exception? innerException)
        : this(500, KugelposErrorCodes.SystemError, message, null, innerException)
    {
    }

    /// <summary>HTTP status of the error response.</summary>
    public int StatusCode { get; }

    /// <summary>The six-digit Kugelpos error code.</summary>
    public string ErrorCode { get; }

    /// <summary>The request field or entity state the error is about, if any.</summary>
    public string? Field { get; }

    /// <summary>
    /// For an error that passes by itself (a 503 while a store is down): how long the client should
    /// wait before retrying, sent as the <c>Retry-After</c> header (whole seconds, rounded up).
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A 404 with <see cref="KugelposErrorCodes.ResourceNotFound"/>.</summary>
    /// <param name="message">What was not found, e.g. <c>Cart not found</c>.</param>
    public static KugelposException NotFound(string message) =>
        new(404, KugelposErrorCodes.ResourceNotFound, message);

    /// <summary>A 422 with <see cref="KugelposErrorCodes.ValidationError"/> about one field.</summary>
    /// <param name="field">The JSON name of the field.</param>
    /// <param name="message">Why the value was rejected (without echoing it).</param>
    public static KugelposException InvalidField(string field, string message) =>
        new(422, KugelposErrorCodes.ValidationError, message, field);
}
