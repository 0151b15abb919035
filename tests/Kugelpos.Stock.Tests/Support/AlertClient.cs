using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Kugelpos.Stock.Tests.Support;

/// <summary>A WebSocket client of the stock alerts, as a store's back office connects.</summary>
internal sealed class AlertClient : IAsyncDisposable
{
    // A safety net against a hung test run, not a wait any test relies on.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = new();

    private AlertClient()
    {
    }

    /// <summary>How the server closed the socket, once it has.</summary>
    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<AlertClient> ConnectAsync(ServiceTestHost host, string path)
    {
        var client = new AlertClient();
        var address = new UriBuilder(host.Client.BaseAddress!) { Scheme = "ws" }.Uri;
        using var patience = new CancellationTokenSource(Patience);
        await client._socket.ConnectAsync(new Uri(address, path), patience.Token);
        return client;
    }

    /// <summary>The next text message as JSON; null when the server closed the socket instead.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        var text = await ReceiveTextAsync();
        return text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The next text message; null when the server closed the socket instead.</summary>
    public async Task<string?> ReceiveTextAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, patience.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var patience = new CancellationTokenSource(Patience);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, patience.Token);
        }

        _socket.Dispose();
    }
}
