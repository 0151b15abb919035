using System.Text.Json;

namespace Kugelpos.Sidecar.Actors;

/// <summary>A reminder or timer registration as the SDK sends it: <c>{dueTime, period, ttl, data, callback}</c>.</summary>
/// <param name="DueTime">First firing: a duration (<c>0h0m5s0ms</c>, <c>PT5S</c>) or an RFC 3339 time; empty fires now.</param>
/// <param name="Period">Repeat interval: a duration or <c>R5/PT10S</c>; empty fires once.</param>
/// <param name="Ttl">When the job stops: a duration from now or an RFC 3339 time; empty never.</param>
/// <param name="Data">The caller's data, handed back to the app untouched.</param>
/// <param name="Callback">The timer callback method name (timers only).</param>
public sealed record ActorJobRequest(string? DueTime, string? Period, string? Ttl, JsonElement? Data, string? Callback)
{
    /// <summary>Reads a registration body.</summary>
    /// <exception cref="DaprApiException">The body is not a JSON object of that shape.</exception>
    public static ActorJobRequest Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw DaprApiException.Malformed("the body must be a JSON object {dueTime, period, ttl, data}");
        }

        return new ActorJobRequest(Text(body, "dueTime"), Text(body, "period"), Text(body, "ttl"),
            body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null ? data.Clone() : null,
            Text(body, "callback"));
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
