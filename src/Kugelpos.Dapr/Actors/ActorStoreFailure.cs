using Dapr;
using Dapr.Actors;

namespace Kugelpos.Dapr.Actors;

/// <summary>
/// Recognises the sidecar's answer that an actor's state store (or, on the local sidecar, the
/// reminder store, which is the same store) failed: in the actor's own host, as the
/// <see cref="DaprApiException"/> its state manager or timer manager throws; in a service that
/// called the actor through remoting, as that exception's type name and message, all that
/// remoting carries back.
/// </summary>
/// <remarks>
/// daprd answers a failed actor store call with HTTP 500 and <c>ERR_ACTOR_STATE_GET</c>,
/// <c>ERR_ACTOR_STATE_TRANSACTION_SAVE</c>, <c>ERR_ACTOR_REMINDER_CREATE</c> or
/// <c>ERR_ACTOR_REMINDER_DELETE</c>, its message the fixed words below and the store's error (an
/// open breaker answers <c>…: circuit breaker is open</c>); the local sidecar answers the same.
/// Dapr.Actors keeps the code and the message but not the status, and remoting keeps only the
/// message, so the words decide; a refused request (a TTL without the feature, a bad schedule)
/// says something else and stays a failure of the caller's code.
/// </remarks>
internal static class ActorStoreFailure
{
    private static readonly string[] MessagePrefixes =
    [
        "error getting actor state: ",
        "error saving actor transaction state: ",
        "error creating actor reminder: ",
        "error deleting actor reminder: ",
    ];

    private static readonly string[] ErrorCodes =
    [
        "ERR_ACTOR_STATE_GET",
        "ERR_ACTOR_STATE_TRANSACTION_SAVE",
        "ERR_ACTOR_REMINDER_CREATE",
        "ERR_ACTOR_REMINDER_DELETE",
    ];

    private static readonly string RemoteType = typeof(DaprApiException).FullName!;

    /// <summary>True when <paramref name="exception"/> is such an answer, met here or carried back by remoting.</summary>
    public static bool Is(Exception exception) => exception switch
    {
        ActorMethodInvocationException { InnerException: ActorInvokeException remote } =>
            remote.ActualExceptionType == RemoteType && HasStoreWording(remote.Message),
        ActorMethodInvocationException => false,
        DaprApiException local => ErrorCodes.Contains(local.ErrorCode, StringComparer.Ordinal) && HasStoreWording(local.Message),
        _ => false,
    };

    private static bool HasStoreWording(string message) =>
        MessagePrefixes.Any(prefix => message.StartsWith(prefix, StringComparison.Ordinal));
}
