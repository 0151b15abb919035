using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Dapr;

/// <summary>How a service answers a failed Dapr call: the one mapping both result types and <see cref="DaprOutageTranslator"/> use.</summary>
internal static class DaprFailureAnswer
{
    /// <summary>
    /// The <c>Retry-After</c> of every outage answer. The sidecar's breaker stays open for its
    /// policy's <c>timeout</c> (60 s in components/*/resiliency.yaml), but while it is open a retry
    /// is answered at once, so a POS may ask again this soon and be served as soon as the store is back.
    /// </summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsRetryable(DaprErrorKind kind) =>
        kind is DaprErrorKind.CircuitOpen or DaprErrorKind.Transient or DaprErrorKind.Timeout or DaprErrorKind.ComponentFailure;

    /// <summary>The 503 for an outage of <paramref name="what"/> (e.g. <c>The actor state store</c>), retryable after <see cref="RetryAfter"/>.</summary>
    /// <param name="what">What is unavailable, as the client may read it: no internals.</param>
    /// <param name="cause">What failed, logged but never sent.</param>
    public static KugelposException Unavailable(string what, Exception? cause) =>
        new(StatusCodes.Status503ServiceUnavailable, KugelposErrorCodes.ExternalServiceError, $"{what} is unavailable; please try again later.", innerException: cause)
        {
            RetryAfter = RetryAfter,
        };

    public static void ThrowIfFailed(DaprErrorKind kind, string? message, string? component)
    {
        if (kind == DaprErrorKind.None)
        {
            return;
        }

        if (IsRetryable(kind))
        {
            // The client may retry; what exactly failed stays in the log, the component is enough to report.
            throw Unavailable($"The Dapr component '{component ?? "unknown"}'", new InvalidOperationException(message));
        }

        if (kind == DaprErrorKind.Cancelled)
        {
            throw new OperationCanceledException(message);
        }

        throw new InvalidOperationException(message);
    }
}
