using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Dapr;

/// <summary>How a service answers a failed Dapr call: the one mapping both result types use.</summary>
internal static class DaprFailureAnswer
{
    public static bool IsRetryable(DaprErrorKind kind) =>
        kind is DaprErrorKind.CircuitOpen or DaprErrorKind.Transient or DaprErrorKind.Timeout or DaprErrorKind.ComponentFailure;

    public static void ThrowIfFailed(DaprErrorKind kind, string? message, string? component)
    {
        if (kind == DaprErrorKind.None)
        {
            return;
        }

        if (IsRetryable(kind))
        {
            // The client may retry; what exactly failed stays in the log, the component is enough to report.
            throw new KugelposException(
                StatusCodes.Status503ServiceUnavailable,
                KugelposErrorCodes.ExternalServiceError,
                $"The Dapr component '{component ?? "unknown"}' is unavailable; please try again later.",
                innerException: new InvalidOperationException(message));
        }

        if (kind == DaprErrorKind.Cancelled)
        {
            throw new OperationCanceledException(message);
        }

        throw new InvalidOperationException(message);
    }
}
