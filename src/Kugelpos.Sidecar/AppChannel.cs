namespace Kugelpos.Sidecar;

/// <summary>
/// The way from a sidecar to its app, used by every building block that calls the app (actors,
/// pub/sub): the process-wide pooled client, the app's address, and the app token daprd sends
/// as <c>dapr-api-token</c> when <c>APP_API_TOKEN</c> is set.
/// </summary>
public sealed class AppChannel(HttpClient client, Uri appBase, string? appToken)
{
    /// <summary>The pooled client shared by every sidecar of the process.</summary>
    public HttpClient Client { get; } = client;

    /// <summary>The channel to <paramref name="options"/>' app, or null for a sidecar without an app.</summary>
    public static AppChannel? For(SidecarOptions options, SidecarCluster cluster) =>
        options.AppPort is { } port
            ? new AppChannel(cluster.Shared("app-http", () => new AppHttp()).Client, new Uri($"http://{options.AppHost}:{port}/"), options.AppToken)
            : null;

    /// <summary>A request to <paramref name="path"/> on the app, carrying the app token when one is set.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(appBase, path.TrimStart('/')));
        if (appToken is { Length: > 0 })
        {
            request.Headers.TryAddWithoutValidation("dapr-api-token", appToken);
        }

        return request;
    }
}
