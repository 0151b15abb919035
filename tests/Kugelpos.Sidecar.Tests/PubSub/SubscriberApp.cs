using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// A small real ASP.NET Core app on a free port that declares subscriptions on
/// <c>GET /dapr/subscribe</c> and records every event the sidecar posts to it.
/// </summary>
public sealed class SubscriberApp : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebApplication _web;

    private SubscriberApp(WebApplication web, int port, Channel<Received> sink)
    {
        _web = web;
        Port = port;
        Sink = sink;
    }

    /// <summary>Where the app listens.</summary>
    public int Port { get; }

    /// <summary>Every delivery, in arrival order.</summary>
    public Channel<Received> Sink { get; }

    /// <summary>
    /// Starts an app declaring <paramref name="subscriptions"/> (serialized as the JSON array of
    /// <c>/dapr/subscribe</c>). <paramref name="answer"/> decides each reply; the default is SUCCESS.
    /// </summary>
    public static async Task<SubscriberApp> StartAsync(object subscriptions, Func<Received, HttpContext, Task<IResult>>? answer = null, Channel<Received>? sink = null)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var web = builder.Build();
        var app = new SubscriberApp(web, port, sink ?? Channel.CreateUnbounded<Received>());
        var instance = Guid.NewGuid().ToString("N");
        var subscribeJson = JsonSerializer.Serialize(subscriptions);
        web.MapGet("/dapr/subscribe", () => Results.Content(subscribeJson, "application/json"));
        web.MapPost("/{**route}", async (string route, HttpContext context) =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            var received = new Received(route, context.Request.ContentType, document.RootElement.Clone(), instance);
            app.Sink.Writer.TryWrite(received);
            return answer is null ? Status("SUCCESS") : await answer(received, context);
        });
        await web.StartAsync();
        return app;
    }

    /// <summary>An answer with daprd's status body.</summary>
    public static IResult Status(string status) => Results.Json(new Dictionary<string, string> { ["status"] = status });

    /// <summary>The next delivery, failing the test when none comes in time.</summary>
    public async Task<Received> NextAsync() => await Sink.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>The next <paramref name="count"/> deliveries.</summary>
    public async Task<List<Received>> NextAsync(int count)
    {
        var result = new List<Received>();
        while (result.Count < count)
        {
            result.Add(await NextAsync());
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
