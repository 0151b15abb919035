namespace Kugelpos.Sidecar;

/// <summary>
/// The one HttpClient every sidecar of the process uses to reach apps: pooled keep-alive
/// connections, no per-call clients. Shared through <see cref="SidecarCluster.Shared{T}"/>.
/// </summary>
public sealed class AppHttp : IAsyncDisposable
{
    /// <summary>The pooled client; no overall timeout, callers pass their own cancellation.</summary>
    public HttpClient Client { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return ValueTask.CompletedTask;
    }
}
