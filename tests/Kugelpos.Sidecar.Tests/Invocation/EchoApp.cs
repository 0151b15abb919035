using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Tests.Invocation;

/// <summary>
/// A small real app on a free port that answers every request with what it received (verb,
/// path, query, headers, body), and <c>/teapot</c> with a status and header of its own.
/// </summary>
public sealed class EchoApp : IAsyncDisposable
{
    private readonly WebApplication _web;
    private int _stopped;

    private EchoApp(WebApplication web, int port)
    {
        _web = web;
        Port = port;
    }

    /// <summary>Where the app listens.</summary>
    public int Port { get; }

    /// <summary>Starts the app.</summary>
    public static async Task<EchoApp> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var web = builder.Build();
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
        await web.StartAsync();
        return new EchoApp(web, port);
    }

    /// <summary>Stops the app; a second call does nothing, so a test may stop it early.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
