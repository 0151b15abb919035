using System.Net.WebSockets;
using System.Text.Json;

namespace Kugelpos.Stock.Alerts;

/// <summary>
/// One connected client; a WebSocket takes one send at a time, so sends queue here. A send that
/// does not finish within <see cref="SendTimeout"/> gives the client up, so a stalled client never
/// holds up the stock change that raised the alert.
/// </summary>
internal sealed class AlertConnection(WebSocket socket, TimeProvider time) : IDisposable
{
    /// <summary>How long one message may take to reach a client.</summary>
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _sending = new(1, 1);

    public WebSocket Socket { get; } = socket;

    /// <summary>Sends <paramref name="message"/> as one JSON text message; false when the client is gone.</summary>
    public Task<bool> SendAsync<T>(T message, CancellationToken cancellationToken) =>
        SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(message, AlertJson.Options), cancellationToken);

    /// <summary>Sends <paramref name="bytes"/> as one text message; false when the client is gone.</summary>
    public async Task<bool> SendRawAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _sending.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            if (Socket.State != WebSocketState.Open)
            {
                return false;
            }

            await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, linked.Token);
            return true;
        }
        catch (WebSocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // A send cancelled part way has aborted the socket; the client is gone.
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose() => _sending.Dispose();
}
