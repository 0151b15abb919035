using Grpc.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Kugelpos.Dapr;

/// <summary>Builds the <c>Message</c> of a failed result from what the call threw.</summary>
internal static class DaprFailureMessage
{
    public static string Describe(DaprCall call, DaprErrorKind kind, Exception exception, DaprOptions options)
    {
        if (exception is BrokenCircuitException)
        {
            return $"The circuit breaker for '{call.Component}' is open; the call was not sent to Dapr.";
        }

        var prefix = $"Dapr {call.Operation} on '{call.Component}' for '{call.Target}'";
        if (kind == DaprErrorKind.Cancelled)
        {
            return $"{prefix} was cancelled by the caller.";
        }

        if (exception is TimeoutRejectedException)
        {
            return $"{prefix} timed out: no answer within the call's deadline of {options.CallTimeout.TotalSeconds} s.";
        }

        // DaprException only says "see InnerException"; the sidecar's own words are in the RpcException.
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is RpcException rpc)
            {
                return $"{prefix} failed: Dapr answered {rpc.StatusCode}: {rpc.Status.Detail}";
            }
        }

        var cause = exception.GetBaseException();
        return $"{prefix} failed: {cause.GetType().Name}: {cause.Message}";
    }
}
