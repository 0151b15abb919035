using System.Text;
using System.Text.Json;
using Kugelpos.Sidecar.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.Sidecar.Http;

/// <summary>daprd's HTTP state API (<c>/v1.0/state/{store}</c>), the one operators use with curl.</summary>
public static class StateEndpoints
{
    /// <summary>Maps the state routes onto <paramref name="routes"/>.</summary>
    public static void MapStateApi(this IEndpointRouteBuilder routes, StateApi state)
    {
        routes.MapPost("/v1.0/state/{store}", (string store, HttpRequest request) => Guard(async () =>
        {
            using var body = await RequestJson.ReadAsync(request);
            if (body.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw DaprApiException.Malformed("the body must be a JSON array of {key, value}");
            }

            var writes = body.RootElement.EnumerateArray().Select(ReadUpsert).ToList<StateOperation>();
            await state.SaveAsync(store, writes, request.HttpContext.RequestAborted);
            return Results.NoContent();
        }));

        routes.MapGet("/v1.0/state/{store}/{key}", (string store, string key, HttpContext context) => Guard(async () =>
        {
            var item = await state.GetAsync(store, key, context.RequestAborted);
            if (item is null)
            {
                return Results.NoContent();
            }

            context.Response.Headers.ETag = item.ETag;
            return Results.Bytes(item.Value.ToArray(), "application/json");
        }));

        routes.MapPost("/v1.0/state/{store}/bulk", (string store, HttpRequest request) => Guard(async () =>
        {
            using var body = await RequestJson.ReadAsync(request);
            if (!body.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                throw DaprApiException.Malformed("the body must be {\"keys\": [...]}");
            }

            var items = await state.GetBulkAsync(store, [.. keys.EnumerateArray().Select(k => k.GetString() ?? string.Empty)], request.HttpContext.RequestAborted);
            return Results.Json(items.Select(i => i.Item is null
                ? (object)new { key = i.Key }
                : new { key = i.Key, data = JsonDocument.Parse(i.Item.Value).RootElement, etag = i.Item.ETag }));
        }));

        routes.MapDelete("/v1.0/state/{store}/{key}", (string store, string key, HttpRequest request) => Guard(async () =>
        {
            var etag = request.Headers.IfMatch.ToString();
            await state.TransactAsync(store, [new StateDelete(key, etag.Length == 0 ? null : etag)], request.HttpContext.RequestAborted);
            return Results.NoContent();
        }));

        routes.MapPost("/v1.0/state/{store}/transaction", (string store, HttpRequest request) => Guard(async () =>
        {
            using var body = await RequestJson.ReadAsync(request);
            if (!body.RootElement.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            {
                throw DaprApiException.Malformed("the body must be {\"operations\": [...]}");
            }

            var ops = operations.EnumerateArray().Select(op =>
            {
                var kind = op.TryGetProperty("operation", out var o) ? o.GetString() : null;
                if (!op.TryGetProperty("request", out var req) || req.ValueKind != JsonValueKind.Object)
                {
                    throw DaprApiException.Malformed("each operation needs a request");
                }

                return kind switch
                {
                    "upsert" => (StateOperation)ReadUpsert(req),
                    "delete" => new StateDelete(RequiredKey(req), OptionalETag(req)),
                    _ => throw DaprApiException.Malformed($"operation type {kind} not supported"),
                };
            }).ToList();
            await state.TransactAsync(store, ops, request.HttpContext.RequestAborted);
            return Results.NoContent();
        }));
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (DaprApiException e)
        {
            return e.ToResult();
        }
    }

    private static StateUpsert ReadUpsert(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw DaprApiException.Malformed("each state item must be an object with key and value");
        }

        var key = RequiredKey(item);
        var value = item.TryGetProperty("value", out var v) ? Encoding.UTF8.GetBytes(v.GetRawText()) : [];
        var metadata = item.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            : null;
        var firstWrite = item.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty("concurrency", out var c) && c.GetString() == "first-write";
        return new StateUpsert(key, value, OptionalETag(item), StateApi.TtlFrom(metadata), firstWrite);
    }

    private static string RequiredKey(JsonElement item) =>
        item.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && key.GetString() is { Length: > 0 } k
            ? k
            : throw DaprApiException.Malformed("each state item needs a key");

    private static string? OptionalETag(JsonElement item) =>
        item.TryGetProperty("etag", out var etag) && etag.ValueKind == JsonValueKind.String && etag.GetString() is { Length: > 0 } e ? e : null;
}
