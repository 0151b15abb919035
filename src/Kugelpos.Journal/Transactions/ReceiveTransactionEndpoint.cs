using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Journal.Journals;
using Kugelpos.Journal.Logs;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Journal.Transactions;

/// <summary>
/// <c>POST .../terminals/{terminal_no}/transactions</c>: a transaction log sent by REST instead of
/// pub/sub, stored through the same handler, so it too is stored once per event id.
/// </summary>
internal static class ReceiveTransactionEndpoint
{
    public const string Name = "receive_transactions";

    public static async Task<JsonHttpResult<ApiResponse<TranResponse>>> HandleAsync(
        string tenant_id, string store_code, int terminal_no, HttpRequest request, CancellationToken cancellationToken)
    {
        TransactionLog log;
        try
        {
            log = await EventJson.DeserializeAsync<TransactionLog>(request.Body, cancellationToken);
        }
        catch (EventJsonException e)
        {
            // The message names the field and never a value.
            throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, e.Message, "body");
        }

        if (log.TenantId != tenant_id)
        {
            throw JournalErrors.PathMismatch("tenant_id", "tenant_id");
        }

        if (log.StoreCode != store_code)
        {
            throw JournalErrors.PathMismatch("store_code", "store_code");
        }

        if (log.TerminalNo != terminal_no)
        {
            throw JournalErrors.PathMismatch("terminal_no", "terminal_no");
        }

        if (log.TransactionNo is not { } transactionNo)
        {
            throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.RequiredFieldMissing, "transaction_no is required", "transaction_no");
        }

        // The same way as a delivery by pub/sub, its dedup actor included: a log sent both ways is stored once.
        var outcome = await SubscriptionDispatch.ApplyAsync<TransactionLog, TransactionLogHandler>(
            request.HttpContext.RequestServices, EventChannels.Tranlog, log, null, cancellationToken);
        switch (outcome.Answer)
        {
            case SubscriptionAnswer.Drop:
                throw JournalErrors.UnknownTenant(tenant_id);
            case SubscriptionAnswer.Retry:
                throw new KugelposException(StatusCodes.Status503ServiceUnavailable, KugelposErrorCodes.DatabaseError, "The journal service cannot store the transaction now; try again later", "body");
        }

        return ApiResults.Created(
            new TranResponse(tenant_id, store_code, terminal_no, transactionNo),
            $"Transaction received successfully. tenant_id: {tenant_id}, store_code: {store_code}, terminal_no: {terminal_no}, transaction_no: {transactionNo}",
            Name);
    }
}
