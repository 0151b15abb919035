using System.Collections.Concurrent;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.Testing;

/// <summary>
/// The tenant set-up (<c>POST /api/v1/tenants</c>) of an app standing in for a Kugelpos service, which
/// the terminal service calls for each new tenant: it keeps what it was sent and answers the status
/// the test chooses (201 unless told otherwise).
/// </summary>
/// <param name="answer">The status to answer, read per request; null for 201.</param>
public sealed class TenantSetupStandIn(Func<int>? answer = null)
{
    /// <summary>The route every service takes tenant set-up on.</summary>
    public const string Route = "/api/v1/tenants";

    /// <summary>
    /// Each set-up received: the body's <c>tenant_id</c> and the tenant of the token it came with
    /// (empty where the body or the token has none).
    /// </summary>
    public ConcurrentQueue<(string BodyTenantId, string TokenTenantId)> Received { get; } = new();

    /// <summary>Maps the route; the caller adds the authorization the stand-in is to require.</summary>
    /// <param name="endpoints">The stand-in app.</param>
    public RouteHandlerBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Route, async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var bodyTenant = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("tenant_id", out var tenant)
                ? tenant.GetString() ?? string.Empty
                : string.Empty;
            Received.Enqueue((bodyTenant, context.User.FindFirst(KugelposClaims.TenantId)?.Value ?? string.Empty));
            return Results.StatusCode(answer?.Invoke() ?? StatusCodes.Status201Created);
        });
    }
}
