using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Journal.Transactions;

/// <summary>Maps the REST way in for transaction logs; a JWT or a terminal's API key, as the original.</summary>
internal static class JournalTransactions
{
    public static WebApplication MapJournalTransactions(this WebApplication app)
    {
        app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}")
            .MapPost("terminals/{terminal_no:int}/transactions", ReceiveTransactionEndpoint.HandleAsync)
            .WithName(ReceiveTransactionEndpoint.Name).RequireAuthorization(KugelposPolicies.Tenant)
            .Accepts<Dictionary<string, object>>("application/json")
            .Produces<ApiResponse<TranResponse>>(StatusCodes.Status201Created);
        return app;
    }
}
