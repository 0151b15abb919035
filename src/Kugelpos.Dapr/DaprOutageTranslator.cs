using Kugelpos.Dapr.Actors;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Dapr;

/// <summary>
/// Answers an outage met on the way to an actor with a retryable 503 envelope
/// (<see cref="DaprFailureAnswer.Unavailable"/>) instead of a 500: the actor's state store failed
/// or its breaker in the sidecar is open (<see cref="ActorStoreFailure"/>), the actor's host
/// answered a 503 for that reason (<see cref="ActorHostOutage"/>), or the sidecar could not be
/// reached or did not answer in time. Anything else an actor throws, its own bugs included, is
/// left to the 500 path.
/// </summary>
internal sealed class DaprOutageTranslator : IErrorTranslator
{
    /// <inheritdoc />
    public KugelposException? Translate(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (ActorStoreFailure.Is(exception))
        {
            return DaprFailureAnswer.Unavailable("The actor state store", exception);
        }

        return ActorHostOutage.Of(exception)
            ?? (IsSidecarOutOfReach(exception) ? DaprFailureAnswer.Unavailable("The Dapr sidecar", exception) : null);
    }

    // The actor proxies and service clients reach nothing but the sidecar over HTTP. A refused or
    // dropped connection, or a client timeout (HttpClient's TaskCanceledException over a
    // TimeoutException; the request's own abort is answered 499 before translators are asked), is
    // the sidecar out of reach. An HTTP error status is an answer, not an outage.
    private static bool IsSidecarOutOfReach(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded } => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
