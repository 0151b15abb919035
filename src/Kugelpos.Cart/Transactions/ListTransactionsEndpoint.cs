using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Cart.Transactions;

/// <summary><c>GET .../terminals/{terminal_no}/transactions</c>: a terminal's logs with the original's filters, paging and sorting (newest first).</summary>
internal static class ListTransactionsEndpoint
{
    public const string Name = "get_transactions_by_query";

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<TransactionView>>>> HandleAsync(
        string tenant_id,
        string store_code,
        int terminal_no,
        PageQuery page,
        KugelposCaller caller,
        TransactionStore store,
        [FromQuery(Name = "business_date")] string? businessDate,
        [FromQuery(Name = "open_counter")] int? openCounter,
        [FromQuery(Name = "transaction_type")] int[]? transactionType,
        [FromQuery(Name = "receipt_no")] int? receiptNo,
        [FromQuery(Name = "include_cancelled")] bool? includeCancelled,
        CancellationToken cancellationToken)
    {
        TransactionErrors.CheckTenant(tenant_id, caller);
        var query = new TransactionQuery
        {
            StoreCode = store_code,
            TerminalNo = terminal_no,
            BusinessDate = businessDate,
            OpenCounter = openCounter,
            TransactionTypes = transactionType ?? [],
            ReceiptNo = receiptNo,
            IncludeCancelled = includeCancelled ?? false,
        };
        var (logs, total) = await store.ListAsync(tenant_id, query, page, cancellationToken);
        var views = logs.Select(TransactionView.From).ToList();
        return ApiResults.Page<TransactionView>(views, page.Metadata(total, TransactionStore.Sorting), "Success to get transactions by query", Name);
    }
}
