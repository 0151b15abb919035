using System.Net.Sockets;
using System.Text.Json;
using Grpc.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Kugelpos.Dapr;

/// <summary>
/// Sorts an exception from a Dapr call into the <see cref="DaprErrorKind"/> the caller sees, and
/// decides what the helper itself retries and what its breaker counts.
/// </summary>
internal static class DaprFailureClassifier
{
    /// <summary>Classifies <paramref name="exception"/>, looking through Dapr's wrapping exceptions.</summary>
    /// <param name="exception">What the call threw.</param>
    /// <param name="callerToken">The caller's token: once it is cancelled every failure is the caller's doing.</param>
    public static DaprErrorKind Classify(Exception exception, CancellationToken callerToken)
    {
        if (exception is BrokenCircuitException)
        {
            return DaprErrorKind.CircuitOpen;
        }

        if (callerToken.IsCancellationRequested)
        {
            return DaprErrorKind.Cancelled;
        }

        if (DaprComponentErrors.IsComponentFailure(exception))
        {
            return DaprErrorKind.ComponentFailure;
        }

        // DaprClient wraps RpcException and JsonException in DaprException, so the cause sits deeper.
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case TimeoutRejectedException or TimeoutException:
                    return DaprErrorKind.Timeout;
                case RpcException rpc:
                    return FromStatus(rpc.Status);
                case HttpRequestException or IOException or SocketException:
                    return DaprErrorKind.Transient;
                case JsonException or NotSupportedException or ArgumentException or FormatException:
                    return DaprErrorKind.Permanent;
                case OperationCanceledException when current.InnerException is null:
                    // Cancelled although neither the caller nor our timeout asked: the channel gave up.
                    return DaprErrorKind.Transient;
                default:
                    break;
            }
        }

        return DaprErrorKind.Permanent;
    }

    /// <summary>True for the outcomes the breaker counts: Dapr or what stands behind it is failing.</summary>
    public static bool CountsAgainstBreaker(Exception exception, CancellationToken callerToken) =>
        Classify(exception, callerToken) is DaprErrorKind.Transient or DaprErrorKind.Timeout or DaprErrorKind.ComponentFailure;

    /// <summary>
    /// True when the sidecar never answered: the connection was refused or dropped. This is the
    /// only failure the helper retries, because no sidecar policy covers the hop to the sidecar;
    /// whatever the sidecar answered, it answered after its own Resiliency policy.
    /// </summary>
    public static bool IsSidecarUnreachable(Exception exception, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested)
        {
            return false;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RpcException rpc:
                    return rpc.StatusCode == StatusCode.Unavailable
                        || (rpc.StatusCode is StatusCode.Internal or StatusCode.Unknown && IsTransportFault(rpc.Status.DebugException));
                case HttpRequestException or IOException or SocketException:
                    return true;
                case TimeoutRejectedException:
                    return false;
                default:
                    break;
            }
        }

        return false;
    }

    private static DaprErrorKind FromStatus(Status status) => status.StatusCode switch
    {
        StatusCode.Unavailable or StatusCode.ResourceExhausted or StatusCode.Aborted => DaprErrorKind.Transient,
        StatusCode.DeadlineExceeded => DaprErrorKind.Timeout,
        StatusCode.Cancelled => DaprErrorKind.Transient,
        StatusCode.Internal or StatusCode.Unknown when IsTransportFault(status.DebugException) => DaprErrorKind.Transient,
        _ => DaprErrorKind.Permanent,
    };

    // Grpc.Net.Client reports a broken connection as Internal/Unknown with the I/O error attached.
    private static bool IsTransportFault(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or IOException or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
