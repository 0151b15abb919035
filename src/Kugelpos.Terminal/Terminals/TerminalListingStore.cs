using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.Terminal.Actors;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// The terminal listing over the tenant's <c>info_terminal</c> collection: written by the terminal
/// actors (<see cref="ITerminalListing"/>), read by <c>GET /api/v1/terminals</c>.
/// </summary>
/// <remarks>
/// A write reads the stored version first and skips when it is not older. The actor is the
/// single writer of its document and runs one call at a time, so the read and the write cannot
/// interleave with another write of the same terminal, except during a failover when two
/// activations may briefly overlap; the version check still keeps the newer one in that case
/// unless both writes land within the same instant.
/// </remarks>
internal sealed class TerminalListingStore(TerminalDatabases databases) : ITerminalListing
{
    /// <summary>The fields the list sorts by, in the original's names; by terminal id unless asked.</summary>
    public static readonly SortFields Sorting = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["terminal_id"] = "id",
            ["store_code"] = nameof(TerminalDocument.StoreCode),
            ["terminal_no"] = nameof(TerminalDocument.TerminalNo),
            ["description"] = nameof(TerminalDocument.Description),
            ["function_mode"] = nameof(TerminalDocument.FunctionMode),
            ["status"] = nameof(TerminalDocument.Status),
            ["business_date"] = nameof(TerminalDocument.BusinessDate),
            ["entry_datetime"] = nameof(TerminalDocument.EntryDatetime),
            ["last_update_datetime"] = nameof(TerminalDocument.LastUpdateDatetime),
        },
        "terminal_id:1");

    /// <inheritdoc />
    public async Task WriteAsync(TerminalSnapshot terminal, string protectedApiKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var documents = Collection(terminal.TenantId);
        var stored = await documents.GetAsync(terminal.TerminalId, cancellationToken);
        if (stored is not null && stored.Version >= terminal.Version)
        {
            return;
        }

        await documents.UpsertAsync(TerminalDocument.From(terminal, protectedApiKey), cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string tenantId, string terminalId, long version, CancellationToken cancellationToken)
    {
        var documents = Collection(tenantId);
        var stored = await documents.GetAsync(terminalId, cancellationToken);
        if (stored is not null && stored.Version <= version)
        {
            await documents.DeleteAsync(terminalId, cancellationToken);
        }
    }

    /// <summary>One page of the tenant's terminals, optionally of one store, and how many there are in all.</summary>
    public async Task<(IReadOnlyList<TerminalDocument> Page, long Total)> ListAsync(
        string tenantId, string? storeCode, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var documents = Collection(tenantId);
        var filter = storeCode is null ? null : DocumentFilter.Eq(nameof(TerminalDocument.StoreCode), storeCode);
        var found = await documents.FindAsync(filter, page.FindOptions(Sorting), cancellationToken);
        var total = await documents.CountAsync(filter, cancellationToken);
        return (found, total);
    }

    /// <summary>The listed document of a terminal, or null.</summary>
    public Task<TerminalDocument?> GetAsync(string tenantId, string terminalId, CancellationToken cancellationToken) =>
        Collection(tenantId).GetAsync(terminalId, cancellationToken);

    private DocumentStore.IDocumentCollection<TerminalDocument> Collection(string tenantId) =>
        databases.Collection<TerminalDocument>(tenantId, TerminalStorage.TerminalInfo);
}
