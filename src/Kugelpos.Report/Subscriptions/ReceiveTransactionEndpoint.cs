using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Report.Subscriptions;

/// <summary>
/// <c>POST .../terminals/{terminal_no}/transactions</c>: a transaction log sent by REST instead of
/// pub/sub, read as the event is (snake_case) and stored through the same handler, so a log sent both
/// ways counts once.
/// </summary>
internal static class ReceiveTransactionEndpoint
{
    public const string Name = "receive_transactions";

    public static async Task<JsonHttpResult<ApiResponse<TransactionReceipt>>> HandleAsync(
        string tenant_id, string store_code, string terminal_no, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        TransactionLog log;
        try
        {
            log = await EventJson.DeserializeAsync<TransactionLog>(request.Body, cancellationToken);
        }
        catch (EventJsonException e)
        {
            throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, e.Message, e.Path ?? "body");
        }

        CheckSame("tenant_id", tenant_id, log.TenantId);
        CheckSame("store_code", store_code, log.StoreCode);
        CheckSame("terminal_no", terminal_no, log.TerminalNo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The same way as a delivery by pub/sub, its dedup actor included: a log sent both ways counts once.
        var outcome = await SubscriptionDispatch.ApplyAsync<TransactionLog, TransactionLogHandler>(
            request.HttpContext.RequestServices, EventChannels.Tranlog, log, null, cancellationToken);
        switch (outcome.Answer)
        {
            case SubscriptionAnswer.Drop:
                throw new KugelposException(StatusCodes.Status404NotFound, KugelposErrorCodes.ResourceNotFound, $"Tenant {tenant_id} is not set up in the report service", "tenant_id");
            case SubscriptionAnswer.Retry:
                throw new KugelposException(StatusCodes.Status503ServiceUnavailable, KugelposErrorCodes.DatabaseError, "The report service cannot store the transaction now; try again later", "body");
        }

        var receipt = new TransactionReceipt(log.TenantId, log.StoreCode, log.TerminalNo, log.TransactionNo);
        return ApiResults.Created(
            receipt,
            $"Transaction received successfully. tenant_id: {tenant_id}, store_code: {store_code}, terminal_no: {terminal_no}, transaction_no: {log.TransactionNo}",
            Name);
    }

    private static void CheckSame(string field, string fromPath, string inBody)
    {
        if (!string.Equals(fromPath, inBody, StringComparison.Ordinal))
        {
            throw new KugelposException(
                StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, $"The transaction's {field} ({inBody}) is not the path's ({fromPath})", field);
        }
    }
}
