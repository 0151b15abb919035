using System.Net;
using Dapr;
using Dapr.Actors;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Dapr.Tests;

/// <summary>
/// Which failures on the way to an actor are an outage (a retryable 503 naming what is
/// unavailable) and which stay a 500: the exceptions as Dapr.Actors 1.19 throws them to the
/// calling service (remoting and JSON calls) and inside the actor's own host.
/// </summary>
public class DaprOutageTranslatorTests
{
    private const string ActorStoreDown = "The actor state store is unavailable; please try again later.";
    private const string SidecarDown = "The Dapr sidecar is unavailable; please try again later.";

    private readonly DaprOutageTranslator _translator = new();

    public static TheoryData<Exception, string> Outages => new()
    {
        // Remoting (ITerminalActor): the actor's state manager met daprd's store error; only its type and message come back.
        { Remote("Dapr.DaprApiException", "error getting actor state: circuit breaker is open"), ActorStoreDown },
        { Remote("Dapr.DaprApiException", "error saving actor transaction state: No connection is active/available to service this operation: EVAL"), ActorStoreDown },
        { Remote("Dapr.DaprApiException", "error creating actor reminder: circuit breaker is open"), ActorStoreDown },

        // Inside the actor's host (a JSON actor method, a reminder callback): the SDK's own exception.
        { new DaprApiException("error getting actor state: circuit breaker is open", "ERR_ACTOR_STATE_GET", false), ActorStoreDown },
        { new DaprApiException("error saving actor transaction state: timeout", "ERR_ACTOR_STATE_TRANSACTION_SAVE", false), ActorStoreDown },
        { new DaprApiException("error deleting actor reminder: circuit breaker is open", "ERR_ACTOR_REMINDER_DELETE", false), ActorStoreDown },

        // The sidecar refused the connection, dropped it, or did not answer within the client's timeout.
        { new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:3500)"), SidecarDown },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."), SidecarDown },
        { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()), SidecarDown },
    };

    public static TheoryData<Exception> NotOutages => new()
    {
        // The actor's own code failed: its bug, whatever its message says.
        Remote("System.InvalidOperationException", "error getting actor state: a message that only looks alike"),
        Remote("System.NullReferenceException", "Object reference not set to an instance of an object."),

        // A request the sidecar refused, not a store that failed.
        Remote("Dapr.DaprApiException", "ttlInSeconds is not supported without the \"ActorStateTTL\" feature enabled in the Dapr Configuration"),
        new DaprApiException("ttlInSeconds is not supported without the \"ActorStateTTL\" feature enabled", "ERR_ACTOR_STATE_TRANSACTION_SAVE", false),
        new DaprApiException("actors: state store does not exist or incorrectly configured", "ERR_ACTOR_RUNTIME_NOT_FOUND", false),
        new DaprApiException("error getting actor state: looks alike", "ERR_MALFORMED_REQUEST", false),

        // The actor's host answered a 500 (its bug) to a JSON call.
        new DaprApiException("error invoke actor method: error from actor service: (500) {\"success\":false,\"code\":500}", "ERR_ACTOR_INVOKE_METHOD", false),

        // An answer with an error status, a cancellation nobody timed, and plain bugs.
        new HttpRequestException("Response status code does not indicate success: 500 (Internal Server Error).", null, HttpStatusCode.InternalServerError),
        new TaskCanceledException(),
        new InvalidOperationException("error getting actor state: circuit breaker is open"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_outage_on_the_way_to_an_actor_is_a_retryable_503_naming_what_is_unavailable(Exception failure, string message)
    {
        var error = _translator.Translate(failure);

        Assert.NotNull(error);
        Assert.Equal((503, KugelposErrorCodes.ExternalServiceError, message), (error.StatusCode, error.ErrorCode, error.Message));
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
        Assert.Same(failure, error.InnerException);
    }

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void Any_other_failure_is_left_to_the_500_path(Exception failure) =>
        Assert.Null(_translator.Translate(failure));

    [Theory]
    [InlineData("error invoke actor method: error from actor service: (503) ")]
    [InlineData("error invoke actor method: rpc error: code = Internal desc = error invoke actor method: error from actor service: (503) ")]
    public void A_503_the_actors_host_answered_a_json_call_with_is_answered_again_with_its_code_and_message(string sidecarWords)
    {
        const string Envelope = """{"success":false,"code":503,"message":"The master-data service is unavailable; try again shortly","userError":{"code":"404003","message":"The master-data service is unavailable; try again shortly"},"data":null,"metadata":null,"operation":"add_items"}""";
        var failure = new DaprApiException(sidecarWords + Envelope, "ERR_ACTOR_INVOKE_METHOD", false);

        var error = _translator.Translate(failure);

        Assert.NotNull(error);
        Assert.Equal((503, "404003", "The master-data service is unavailable; try again shortly"), (error.StatusCode, error.ErrorCode, error.Message));
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
    }

    [Fact]
    public void A_503_from_the_actors_host_without_an_envelope_is_still_an_outage_of_that_host()
    {
        var failure = new DaprApiException("error invoke actor method: error from actor service: (503) upstream connect error", "ERR_ACTOR_INVOKE_METHOD", false);

        Assert.Equal("The actor's host is unavailable; please try again later.", _translator.Translate(failure)?.Message);
    }

    // What Dapr.Actors' remoting client throws for an exception the actor method threw.
    private static ActorMethodInvocationException Remote(string type, string message) =>
        new("Remote Actor Method Exception,  DETAILS: Exception: DaprApiException, Method Name: MoveNext, Line Number: 0", new ActorInvokeException(type, message), false);
}
