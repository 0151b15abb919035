using System.Net.WebSockets;
using System.Text.Json;

namespace Kugelpos.Stock.Alerts;

/// <summary>One connected client; a WebSocket takes one send at a time, so sends queue here.</summary>
internal sealed class AlertConnection(WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public WebSocket Socket { get; } = socket;

    /// <summary>Sends <paramref name="message"/> as one JSON text message; false when the client is gone.</summary>
    public Task<bool> SendAsync<T>(T message, CancellationToken cancellationToken) =>
        SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(message, AlertJson.Options), cancellationToken);

    /// <summary>Sends <paramref name="bytes"/> as one text message; false when the client is gone.</summary>
    public async Task<bool> SendRawAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (Socket.State != WebSocketState.Open)
            {
                return false;
            }

            await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (WebSocketException)
        {
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();
}
