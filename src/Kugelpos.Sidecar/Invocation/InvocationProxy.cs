using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Kugelpos.Sidecar.Invocation;

/// <summary>
/// daprd's HTTP service invocation: passes the caller's request (verb, path, query, headers,
/// body) to the target app with the target's app token, and hands back the app's status,
/// headers and body as they are.
/// </summary>
/// <param name="callerAppId">The app whose sidecar this is (daprd's <c>dapr-caller-app-id</c>).</param>
/// <param name="apps">Where the target apps are found.</param>
public sealed class InvocationProxy(string callerAppId, AppDirectory apps)
{
    /// <summary>The header naming the target in daprd's header form.</summary>
    public const string AppIdHeader = "dapr-app-id";

    // Hop-by-hop headers belong to one connection; Host is the target's; the caller's API token
    // is for this sidecar only (daprd drops it and sends the target's app token instead).
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade", "TE", "Trailer", "Host", "dapr-api-token",
    };

    /// <summary>Proxies <paramref name="context"/>'s request to <paramref name="appId"/>'s <paramref name="method"/>.</summary>
    /// <exception cref="DaprApiException">The target is unknown, has no app or cannot be reached.</exception>
    public async Task InvokeAsync(HttpContext context, string appId, string method)
    {
        if (!apps.TryFind(appId, out var channel))
        {
            throw InvocationErrors.Failed(appId, $"app id {appId} is not found");
        }

        if (channel is null)
        {
            throw InvocationErrors.Failed(appId, "app channel is not initialized");
        }

        using var request = channel.Request(new HttpMethod(context.Request.Method), method + context.Request.QueryString.ToUriComponent());
        CopyRequest(context, appId, request);
        HttpResponseMessage response;
        try
        {
            response = await channel.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (HttpRequestException e)
        {
            throw InvocationErrors.Failed(appId, e.Message);
        }

        using (response)
        {
            await CopyResponseAsync(response, context);
        }
    }

    private void CopyRequest(HttpContext context, string appId, HttpRequestMessage request)
    {
        var incoming = context.Request;
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(incoming.Body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (!NotForwarded.Contains(name) && !request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        // What daprd adds: who called whom, and the proxy headers of its HTTP server (remote and
        // local addresses as host:port, as daprd writes them).
        request.Headers.TryAddWithoutValidation("dapr-caller-app-id", callerAppId);
        request.Headers.TryAddWithoutValidation("dapr-callee-app-id", appId);
        var connection = context.Connection;
        var remote = $"{connection.RemoteIpAddress}:{connection.RemotePort}";
        request.Headers.TryAddWithoutValidation("Forwarded", $"by={connection.LocalIpAddress}:{connection.LocalPort};for={remote};host={incoming.Host.Value};proto={incoming.Scheme}");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", remote);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", incoming.Host.Value);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", incoming.Scheme);
    }

    private static async Task CopyResponseAsync(HttpResponseMessage response, HttpContext context)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!NotForwarded.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        // The app's body as it streams: no buffering of large answers in the sidecar.
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
