using Kugelpos.Sidecar.Invocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.Sidecar.Http;

/// <summary>daprd's service invocation API: <c>/v1.0/invoke/{appId}/method/{method}</c> with every verb,
/// and the <c>dapr-app-id</c> header form.</summary>
public static class InvocationEndpoints
{
    private const string Prefix = "/v1.0/invoke/";

    /// <summary>Maps the invocation route onto <paramref name="routes"/>.</summary>
    public static void MapInvocationApi(this IEndpointRouteBuilder routes, InvocationProxy proxy) =>
        routes.Map(Prefix + "{appId}/method/{**method}", async (string appId, HttpContext context) =>
        {
            try
            {
                await proxy.InvokeAsync(context, appId, MethodPath(context));
            }
            catch (DaprApiException e) when (!context.Response.HasStarted)
            {
                await e.ToResult().ExecuteAsync(context);
            }
        });

    /// <summary>
    /// daprd's header form: a request to <c>/{method}</c> carrying <c>dapr-app-id</c> is the
    /// invocation of that app's method. Rewritten before routing, as daprd does, so it takes the
    /// one invocation route; gRPC calls (proxied by daprd differently) are left alone.
    /// </summary>
    public static IApplicationBuilder UseAppIdHeaderRouting(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var appId = context.Request.Headers[InvocationProxy.AppIdHeader].ToString();
            var path = context.Request.Path;
            if (appId.Length > 0 && !IsGrpc(context.Request) && !path.StartsWithSegments(Prefix.TrimEnd('/'), StringComparison.Ordinal))
            {
                context.Request.Path = new PathString($"{Prefix}{Uri.EscapeDataString(appId)}/method").Add(path);
            }

            return next(context);
        });

    // The method as the caller wrote it (escaped), not the route's decoded value, so an
    // encoded slash or space reaches the app unchanged.
    // An app id is one segment, so the first "/method" after the prefix ends it.
    private static string MethodPath(HttpContext context)
    {
        var path = context.Request.Path.ToUriComponent();
        var start = path.IndexOf("/method", Prefix.Length, StringComparison.Ordinal) + "/method".Length;
        return path.Length > start ? path[start..] : "/";
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;
}
