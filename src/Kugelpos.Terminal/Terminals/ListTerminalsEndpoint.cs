using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>GET /api/v1/terminals</c>: the caller's tenant's terminals, optionally of one store, paged
/// and sorted as the original; read from the listing the terminal actors keep in step.
/// </summary>
internal static class ListTerminalsEndpoint
{
    public const string Name = "get_terminals";

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<TerminalView>>>> HandleAsync(
        PageQuery page,
        KugelposCaller caller,
        TerminalListingStore listing,
        TerminalGateway terminals,
        [FromQuery(Name = "store_code")] string? storeCode,
        CancellationToken cancellationToken)
    {
        var (found, total) = await listing.ListAsync(caller.TenantId, storeCode, page, cancellationToken);
        var views = found.Select(t => TerminalView.From(t, terminals.ReadBack(caller, t.ProtectedApiKey))).ToList();
        var filter = storeCode is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["store_code"] = storeCode };
        return ApiResults.Page<TerminalView>(
            views, page.Metadata(total, TerminalListingStore.Sorting, filter), $"Terminals Retrieved. count: {views.Count}", Name);
    }
}
