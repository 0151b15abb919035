using System.Collections.Concurrent;
using Kugelpos.DocumentStore;

namespace Kugelpos.Stock.Tenants;

/// <summary>
/// The tenants prepared in the stock service. A transaction log of any other tenant is a poison
/// message: its database was never set up, and no redelivery changes that.
/// </summary>
internal sealed class StockTenants(StockRegistry registry, TimeProvider time)
{
    private const string Collection = "tenants";

    // A tenant once prepared stays so, so each process asks the registry once per tenant.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    /// <summary>Records the tenant as prepared; preparing it again changes nothing.</summary>
    public async Task PrepareAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (await Tenants.GetAsync(tenantId, cancellationToken) is null)
        {
            await Tenants.UpsertAsync(new StockTenantRecord(tenantId, time.GetUtcNow()), cancellationToken);
        }

        _known.TryAdd(tenantId, true);
    }

    /// <summary>True when the tenant was prepared.</summary>
    public async Task<bool> ExistsAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_known.ContainsKey(tenantId))
        {
            return true;
        }

        if (!TenantId.IsValid(tenantId) || await Tenants.GetAsync(tenantId, cancellationToken) is null)
        {
            return false;
        }

        _known.TryAdd(tenantId, true);
        return true;
    }

    /// <summary>Every prepared tenant's id.</summary>
    public async Task<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken)
    {
        var records = await Tenants.FindAsync(cancellationToken: cancellationToken);
        return [.. records.Select(record => record.Id)];
    }

    private IDocumentCollection<StockTenantRecord> Tenants => registry.Collection<StockTenantRecord>(Collection);
}
