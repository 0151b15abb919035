using System.Collections.Concurrent;
using Kugelpos.Stock.Stocks;
using Microsoft.Extensions.Options;

namespace Kugelpos.Stock.Alerts;

/// <summary>
/// Decides which alerts a stock record raises and pushes them to the store's WebSocket clients: a
/// reorder alert at or below a set reorder point, a minimum-stock alert below a set minimum, the same
/// alert for the same item at most once per cooldown (<see cref="StockOptions.AlertCooldownSeconds"/>).
/// </summary>
internal sealed class StockAlerts(AlertHub hub, IOptions<StockOptions> options, TimeProvider time)
{
    /// <summary>How many alerts' last sending are kept before those past their cooldown are let go.</summary>
    public const int RememberedAlerts = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    /// <summary>Pushes the alerts <paramref name="stock"/> raises that are not cooling down.</summary>
    public async Task CheckAsync(string tenantId, StockDocument stock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        foreach (var alert in Raised(tenantId, stock))
        {
            if (IsDue(alert))
            {
                await hub.SendAsync(tenantId, stock.StoreCode, alert, cancellationToken);
            }
        }
    }

    /// <summary>The alerts the record stands in now, cooldown aside: what a client is sent on connecting.</summary>
    public IEnumerable<StockAlert> Raised(string tenantId, StockDocument stock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        var now = time.GetUtcNow();
        if (stock.NeedsReorder)
        {
            yield return new StockAlert(
                StockAlert.Reorder, tenantId, stock.StoreCode, stock.ItemCode, stock.CurrentQuantity, stock.ReorderPoint, null, stock.ReorderQuantity, now);
        }

        if (stock.IsBelowSetMinimum)
        {
            yield return new StockAlert(
                StockAlert.Minimum, tenantId, stock.StoreCode, stock.ItemCode, stock.CurrentQuantity, null, stock.MinimumQuantity, stock.ReorderQuantity, now);
        }
    }

    // An alert last sent before the cutoff is due again anyway, so forgetting it changes nothing.
    private void Forget(DateTimeOffset cutoff)
    {
        foreach (var (key, sent) in _lastSent)
        {
            if (sent < cutoff)
            {
                _lastSent.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, sent));
            }
        }
    }

    private bool IsDue(StockAlert alert)
    {
        var cooldown = TimeSpan.FromSeconds(options.Value.AlertCooldownSeconds);
        if (cooldown == TimeSpan.Zero)
        {
            return true;
        }

        var key = $"{alert.AlertType}\n{alert.TenantId}\n{alert.StoreCode}\n{alert.ItemCode}";
        var now = alert.Timestamp;
        if (_lastSent.Count >= RememberedAlerts)
        {
            Forget(now - cooldown);
        }

        while (true)
        {
            if (!_lastSent.TryGetValue(key, out var last))
            {
                if (_lastSent.TryAdd(key, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < cooldown)
            {
                return false;
            }

            // Of two changes racing past the cooldown, one sends.
            if (_lastSent.TryUpdate(key, now, last))
            {
                return true;
            }
        }
    }
}
