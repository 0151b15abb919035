using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// A small real ASP.NET Core app, started by <see cref="ServiceTestHost"/> on a free port, that declares subscriptions on
/// <c>GET /dapr/subscribe</c> and records every event the sidecar posts to it.
/// </summary>
public sealed class SubscriberApp : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ServiceTestHost _host;

    private SubscriberApp(ServiceTestHost host, Channel<Received> sink)
    {
        _host = host;
        Sink = sink;
    }

    /// <summary>Where the app listens.</summary>
    public int Port => _host.Client.BaseAddress!.Port;

    /// <summary>Every delivery, in arrival order.</summary>
    public Channel<Received> Sink { get; }

    /// <summary>
    /// Starts an app declaring <paramref name="subscriptions"/> (serialized as the JSON array of
    /// <c>/dapr/subscribe</c>). <paramref name="answer"/> decides each reply; the default is SUCCESS.
    /// </summary>
    public static async Task<SubscriberApp> StartAsync(object subscriptions, Func<Received, HttpContext, Task<IResult>>? answer = null, Channel<Received>? sink = null)
    {
        sink ??= Channel.CreateUnbounded<Received>();
        var instance = Guid.NewGuid().ToString("N");
        var subscribeJson = JsonSerializer.Serialize(subscriptions);
        var host = await ServiceTestHost.StartAsync(_ => { }, web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Content(subscribeJson, "application/json"));
            web.MapPost("/{**route}", async (string route, HttpContext context) =>
            {
                using var document = await JsonDocument.ParseAsync(context.Request.Body);
                var received = new Received(route, context.Request.ContentType, document.RootElement.Clone(), instance);
                sink.Writer.TryWrite(received);
                return answer is null ? Status("SUCCESS") : await answer(received, context);
            });
        });
        return new SubscriberApp(host, sink);
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
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
