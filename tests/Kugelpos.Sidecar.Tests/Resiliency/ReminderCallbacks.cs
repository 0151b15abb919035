using System.Net;
using System.Text.Json;
using System.Threading.Channels;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// Stands in for the app's HTTP endpoint: answers every request 200 and reports each reminder
/// callback (<c>method/remind/{name}</c>) as <c>{id}/{name} {data}</c> and each timer callback
/// (<c>method/timer/{name}</c>) as <c>timer {id}/{name} {data}</c>, in the order they came,
/// without a socket.
/// </summary>
internal sealed class ReminderCallbacks : HttpMessageHandler
{
    private readonly Channel<string> _fired = Channel.CreateUnbounded<string>();

    /// <summary>The next reminder or timer callback the app received.</summary>
    public async Task<string> NextAsync() => await _fired.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // actors/{type}/{id}/method/remind/{name} or actors/{type}/{id}/method/timer/{name}
        var path = request.RequestUri!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (path is [_, _, var id, "method", ("remind" or "timer") and var kind, var name] && request.Content is not null)
        {
            using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            var data = body.RootElement.TryGetProperty("data", out var d) ? d.GetString() : null;
            _fired.Writer.TryWrite(kind == "timer" ? $"timer {id}/{name} {data}" : $"{id}/{name} {data}");
        }

        return new HttpResponseMessage(HttpStatusCode.OK);
    }
}
