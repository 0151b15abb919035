using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Cart.Transactions;

/// <summary>
/// <c>POST .../transactions/{transaction_no}/delivery-status</c>: a subscriber (report, journal,
/// stock, with a service token of the tenant) reports on the log it received; the report is kept
/// in the log's outbox, which stops republishing once every subscriber has reported.
/// </summary>
internal static class DeliveryStatusEndpoint
{
    public const string Name = "notify_delivery_status";

    public static async Task<JsonHttpResult<ApiResponse<DeliveryStatusUpdateResponse>>> HandleAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, DeliveryStatusUpdateRequest request,
        KugelposCaller caller, TransactionActorClient transactions, CancellationToken cancellationToken)
    {
        if (caller.IsTerminal)
        {
            throw new KugelposException(StatusCodes.Status403Forbidden, KugelposErrorCodes.AuthorizationError, "A terminal may not report delivery status");
        }

        TransactionErrors.CheckTenant(tenant_id, caller);
        if (!SubscriberStatus.IsReportable(request.Status))
        {
            throw new KugelposException(
                StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, $"status must be '{SubscriberStatus.Received}' or '{SubscriberStatus.Failed}'", "status");
        }

        var eventId = request.EventId!.Value;
        var key = new TransactionKey(tenant_id, store_code, terminal_no, transaction_no);
        var found = await transactions.UpdateDeliveryStatusAsync(
            key,
            new DeliveryStatusRequest { EventId = eventId, Service = request.Service!, Status = request.Status!, Message = request.Message },
            cancellationToken);
        if (!found)
        {
            throw new KugelposException(StatusCodes.Status404NotFound, KugelposErrorCodes.ResourceNotFound, $"No pending log with event_id {eventId} for transaction {key.ActorId}", "event_id");
        }

        return ApiResults.Ok(new DeliveryStatusUpdateResponse(eventId, request.Service!, request.Status!, true), "Success to update delivery status", Name);
    }
}
