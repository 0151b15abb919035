using System.Collections.Concurrent;

namespace Kugelpos.Stock.Alerts;

/// <summary>The connected alert clients of each store (the original's <c>ConnectionManager</c>).</summary>
internal sealed class AlertHub
{
    private readonly ConcurrentDictionary<(string Tenant, string Store), ConcurrentDictionary<AlertConnection, bool>> _stores = new();

    public void Add(string tenantId, string storeCode, AlertConnection connection) =>
        _stores.GetOrAdd((tenantId, storeCode), _ => new()).TryAdd(connection, true);

    public void Remove(string tenantId, string storeCode, AlertConnection connection)
    {
        if (_stores.TryGetValue((tenantId, storeCode), out var connections))
        {
            connections.TryRemove(connection, out _);
        }
    }

    /// <summary>Sends <paramref name="alert"/> to every client of the store; a client that is gone is dropped.</summary>
    public async Task SendAsync(string tenantId, string storeCode, StockAlert alert, CancellationToken cancellationToken)
    {
        if (!_stores.TryGetValue((tenantId, storeCode), out var connections))
        {
            return;
        }

        foreach (var connection in connections.Keys)
        {
            if (!await connection.SendAsync(alert, cancellationToken))
            {
                connections.TryRemove(connection, out _);
            }
        }
    }
}
