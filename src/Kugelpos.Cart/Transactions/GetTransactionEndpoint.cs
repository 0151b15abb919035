using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Cart.Transactions;

/// <summary><c>GET .../transactions/{transaction_no}</c>: one log with its void / return status.</summary>
internal static class GetTransactionEndpoint
{
    public const string Name = "get_transaction_by_tranasction_no";

    public static async Task<JsonHttpResult<ApiResponse<TransactionView>>> HandleAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, KugelposCaller caller, TransactionStore store, CancellationToken cancellationToken)
    {
        TransactionErrors.CheckTenant(tenant_id, caller);
        var key = new TransactionKey(tenant_id, store_code, terminal_no, transaction_no);
        var found = await store.FindAsync(key, cancellationToken)
            ?? throw TransactionErrors.Envelope(Actors.Transactions.TransactionRefusals.NotFound(key));
        return ApiResults.Ok(TransactionView.From(found.Log), "Success to get transaction by transaction_no", Name);
    }
}
