using System.Text;
using System.Text.Json;
using Dapr;
using Kugelpos.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Dapr.Actors;

/// <summary>
/// Reads the 503 envelope an actor's host answered a JSON (non-remoting) actor call with, as the
/// sidecar passes it back: an app status other than 200 becomes 500 <c>ERR_ACTOR_INVOKE_METHOD</c>
/// with the message <c>error invoke actor method: error from actor service: (503) {envelope}</c>
/// (daprd's wording, which may be wrapped once more when the actor lives behind another sidecar).
/// The host already judged it an outage (its own <see cref="DaprOutageTranslator"/> did), so the
/// caller answers the same status, code and message.
/// </summary>
internal static class ActorHostOutage
{
    private const string Marker = "error from actor service: (503) ";

    /// <summary>The host's 503 again, <paramref name="exception"/> as its cause; null for any other failure.</summary>
    public static KugelposException? Of(Exception exception)
    {
        if (exception is not DaprApiException { ErrorCode: "ERR_ACTOR_INVOKE_METHOD", Message: var message })
        {
            return null;
        }

        var at = message.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var (code, text) = Envelope(message[(at + Marker.Length)..]);
        return code is null || text is null
            ? DaprFailureAnswer.Unavailable("The actor's host", exception)
            : new KugelposException(StatusCodes.Status503ServiceUnavailable, code, text, innerException: exception) { RetryAfter = DaprFailureAnswer.RetryAfter };
    }

    // The envelope's userError.code and message; the JSON may be followed by a wrapper's words.
    private static (string? Code, string? Message) Envelope(string body)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body));
            using var envelope = JsonDocument.ParseValue(ref reader);
            var root = envelope.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String
                && root.TryGetProperty("userError", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                    ? (code.GetString(), text.GetString())
                    : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
