using Kugelpos.Sidecar.PubSub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.Sidecar.Http;

/// <summary>daprd's HTTP publish API: <c>POST /v1.0/publish/{pubsub}/{topic}</c>.</summary>
public static class PubSubEndpoints
{
    private const string MetadataPrefix = "metadata.";

    /// <summary>Maps the publish route onto <paramref name="routes"/>.</summary>
    public static void MapPubSubApi(this IEndpointRouteBuilder routes, PubSubRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        routes.MapPost("/v1.0/publish/{pubsub}/{**topic}", async (string pubsub, string topic, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
            var metadata = request.Query
                .Where(q => q.Key.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(q => q.Key[MetadataPrefix.Length..], q => q.Value.ToString(), StringComparer.Ordinal);
            try
            {
                await runtime.PublishAsync(pubsub, topic, body.GetBuffer().AsMemory(0, (int)body.Length), request.ContentType, metadata,
                    request.Headers["traceparent"].ToString() is { Length: > 0 } trace ? trace : null, request.HttpContext.RequestAborted);
                return Results.NoContent();
            }
            catch (DaprApiException e)
            {
                return e.ToResult();
            }
        });
    }
}
