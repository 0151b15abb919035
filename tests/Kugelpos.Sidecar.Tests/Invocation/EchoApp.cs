using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Tests.Invocation;

/// <summary>
/// A small real app, started by <see cref="ServiceTestHost"/> on a free port, that answers every request with what it received (verb,
/// path, query, headers, body), and <c>/teapot</c> with a status and header of its own.
/// </summary>
public sealed class EchoApp : IAsyncDisposable
{
    private readonly ServiceTestHost _host;
    private int _stopped;

    private EchoApp(ServiceTestHost host)
    {
        _host = host;
    }

    /// <summary>Where the app listens.</summary>
    public int Port => _host.Client.BaseAddress!.Port;

    /// <summary>Starts the app.</summary>
    public static async Task<EchoApp> StartAsync() => new(await ServiceTestHost.StartAsync(_ => { }, Map));

    private static void Map(WebApplication web)
    {
        web.MapGet("/teapot", (HttpContext context) =>
        {
            context.Response.Headers["x-brew"] = "earl-grey";
            return Results.Text("short and stout", "text/plain", statusCode: StatusCodes.Status418ImATeapot);
        });
        web.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new Echo(
                context.Request.Method,
                context.Request.Path.ToUriComponent(),
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                body));
        });
    }

    /// <summary>Stops the app; a second call does nothing, so a test may stop it early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _host.DisposeAsync();
    }
}
