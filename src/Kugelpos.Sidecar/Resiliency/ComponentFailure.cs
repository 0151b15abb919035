using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace Kugelpos.Sidecar.Resiliency;

/// <summary>
/// Which store and broker errors a component's outbound policy retries and counts against its
/// circuit breaker, and how a failure that survives the policy is answered.
/// </summary>
public static class ComponentFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True for errors that may pass by themselves: a lost or slow connection, a busy or locked
    /// database, an attempt that ran out of time. An ETag conflict, a bad request or the caller
    /// giving up are answers, not outages, and are neither retried nor counted.
    /// </summary>
    public static bool IsTransient(Exception error) => error switch
    {
        RedisConnectionException or TimeoutException or TimeoutRejectedException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    };

    /// <summary>True for anything the component or the policy itself raised (so the API answers 500 rather than crashing).</summary>
    public static bool IsComponentError(Exception error) =>
        IsTransient(error) || error is BrokenCircuitException or RedisException or SqliteException;

    /// <summary>
    /// daprd's answer to a component call that failed for good: HTTP 500 and gRPC Internal, as
    /// daprd's state and publish handlers answer any store error, an open breaker included.
    /// </summary>
    public static DaprApiException ToApiError(string errorCode, string what, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new DaprApiException(StatusCodes.Status500InternalServerError, StatusCode.Internal, errorCode, $"{what}: {error.Message}");
    }
}
