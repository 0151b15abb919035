using System.Net.WebSockets;
using System.Text;
using Kugelpos.Stock.Stocks;

namespace Kugelpos.Stock.Alerts;

/// <summary>
/// <c>/api/v1/ws/{tenant_id}/{store_code}?token=JWT</c>: a store's live stock alerts. The token is
/// checked before anything is sent: a missing, invalid or other tenant's token closes the socket
/// with 1008 (policy violation), as the original. A client is sent a connection message, then the
/// alerts the store's stock stands in now, then every new alert; it may send <c>ping</c> for <c>pong</c>.
/// </summary>
internal static class AlertSocketEndpoint
{
    public const string Route = "/api/v1/ws/{tenant_id}/{store_code}";

    public static async Task HandleAsync(
        HttpContext context, string tenant_id, string store_code,
        AlertTokenCheck tokens, AlertHub hub, StockAlerts alerts, StockReads reads, TimeProvider time)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var cancellationToken = context.RequestAborted;
        var refusal = await tokens.RefusalAsync(context.Request.Query["token"], tenant_id);
        if (refusal is null && !StockKey.IsValidCode(store_code))
        {
            refusal = "Invalid store code";
        }

        if (refusal is not null)
        {
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, refusal, cancellationToken);
            return;
        }

        using var connection = new AlertConnection(socket, time);
        hub.Add(tenant_id, store_code, connection);
        try
        {
            await connection.SendAsync(new AlertConnected(tenant_id, store_code), cancellationToken);
            foreach (var stock in await reads.StoreAsync(tenant_id, store_code, cancellationToken))
            {
                foreach (var alert in alerts.Raised(tenant_id, stock))
                {
                    await connection.SendAsync(alert, cancellationToken);
                }
            }

            await ServeAsync(connection, cancellationToken);
        }
        finally
        {
            hub.Remove(tenant_id, store_code, connection);
        }
    }

    // Answers pings until the client closes.
    private static async Task ServeAsync(AlertConnection connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        var pong = Encoding.UTF8.GetBytes("pong");
        while (connection.Socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await connection.Socket.ReceiveAsync(buffer, cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return;
            }

            if (received.MessageType == WebSocketMessageType.Text && received.EndOfMessage
                && Encoding.UTF8.GetString(buffer, 0, received.Count) == "ping")
            {
                await connection.SendRawAsync(pong, cancellationToken);
            }
        }
    }
}
