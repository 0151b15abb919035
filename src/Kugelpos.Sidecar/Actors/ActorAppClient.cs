using System.Net;
using System.Net.Http.Headers;

namespace Kugelpos.Sidecar.Actors;

/// <summary>The app side of the actor contract, as <c>MapActorsHandlers</c> serves it.</summary>
public sealed class ActorAppClient(AppChannel app)
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Date", "Server", "Content-Length",
    };

    /// <summary>The app's <c>/dapr/config</c>; an app without that route hosts no actors.</summary>
    /// <exception cref="HttpRequestException">The app is not reachable (yet).</exception>
    public async Task<ActorAppConfig> GetConfigAsync(CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, "dapr/config", null, null);
        using var response = await app.Client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return ActorAppConfig.None;
        }

        return ActorAppConfig.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>Forwards a method call; the answer comes back whatever its status.</summary>
    /// <exception cref="HttpRequestException">The app is not reachable.</exception>
    public async Task<ActorResponse> InvokeAsync(ActorCall call, string? reentrancyId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Put, $"actors/{Esc(call.ActorType)}/{Esc(call.ActorId)}/method/{Esc(call.Method)}", call.Body, call.ContentType);
        if (call.RemotingHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("X-DaprRequestHeader", call.RemotingHeader);
        }

        if (reentrancyId is not null)
        {
            request.Headers.TryAddWithoutValidation("Dapr-Reentrancy-Id", reentrancyId);
        }

        using var response = await app.Client.SendAsync(request, cancellationToken);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopHeaders.Contains(header.Key))
            {
                headers.Add(KeyValuePair.Create(header.Key, string.Join(',', header.Value)));
            }
        }

        return new ActorResponse((int)response.StatusCode, headers, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    /// <summary>Fires a reminder (<c>remind/{name}</c>) or timer (<c>timer/{name}</c>).</summary>
    /// <exception cref="HttpRequestException">The app is unreachable or refused the callback.</exception>
    public async Task CallbackAsync(string actorType, string actorId, string kind, string name, byte[] body, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Put, $"actors/{Esc(actorType)}/{Esc(actorId)}/method/{kind}/{Esc(name)}", body, "application/json");
        using var response = await app.Client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Deactivates an actor (<c>DELETE /actors/{type}/{id}</c>).</summary>
    /// <exception cref="HttpRequestException">The app is unreachable.</exception>
    public async Task DeactivateAsync(string actorType, string actorId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Delete, $"actors/{Esc(actorType)}/{Esc(actorId)}", null, null);
        using var response = await app.Client.SendAsync(request, cancellationToken);
    }

    private static string Esc(string part) => Uri.EscapeDataString(part);

    private HttpRequestMessage Request(HttpMethod method, string path, byte[]? body, string? contentType)
    {
        var request = app.Request(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type))
            {
                request.Content.Headers.ContentType = type;
            }
        }

        return request;
    }
}
