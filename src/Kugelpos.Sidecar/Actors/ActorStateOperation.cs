using System.Text.Json;

namespace Kugelpos.Sidecar.Actors;

/// <summary>One operation of an actor state transaction.</summary>
/// <param name="Key">The state key within the actor.</param>
/// <param name="IsDelete">True for a delete, false for an upsert.</param>
/// <param name="ValueJson">The raw JSON text of the value (upserts).</param>
/// <param name="TtlSeconds">The <c>ttlInSeconds</c> metadata, if any.</param>
public sealed record ActorStateOperation(string Key, bool IsDelete, string ValueJson, int? TtlSeconds)
{
    /// <summary>Reads daprd's <c>[{operation, request: {key, value, metadata}}]</c> body.</summary>
    /// <exception cref="DaprApiException">The body has another shape.</exception>
    public static IReadOnlyList<ActorStateOperation> ParseAll(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw DaprApiException.Malformed("the body must be a JSON array of {operation, request}");
        }

        return [.. body.EnumerateArray().Select(Parse)];
    }

    private static ActorStateOperation Parse(JsonElement item)
    {
        var kind = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("operation", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        if (!item.TryGetProperty("request", out var request) || request.ValueKind != JsonValueKind.Object)
        {
            throw DaprApiException.Malformed("each operation needs a request object");
        }

        var key = request.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() is { Length: > 0 } text
            ? text
            : throw DaprApiException.Malformed("each operation needs a key");
        return kind switch
        {
            "delete" => new ActorStateOperation(key, true, string.Empty, null),
            "upsert" => new ActorStateOperation(key, false, request.TryGetProperty("value", out var v) ? v.GetRawText() : "null", Ttl(request)),
            _ => throw DaprApiException.Malformed($"operation type {kind} not supported"),
        };
    }

    private static int? Ttl(JsonElement request)
    {
        if (!request.TryGetProperty("metadata", out var metadata) || metadata.ValueKind != JsonValueKind.Object
            || !metadata.TryGetProperty("ttlInSeconds", out var ttl))
        {
            return null;
        }

        return State.StateApi.ParseTtl((ttl.ValueKind == JsonValueKind.String ? ttl.GetString() : ttl.GetRawText()) ?? string.Empty);
    }
}
