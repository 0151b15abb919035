using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/delivery-status</c>: a subscriber (with a service token
/// of the tenant) reports on a log the terminal published; the report is kept with the log in the
/// terminal actor's outbox, which stops republishing once every subscriber has reported.
/// </summary>
internal static class DeliveryStatusEndpoint
{
    public const string Name = "update_delivery_status";

    public static async Task<JsonHttpResult<ApiResponse<DeliveryStatusUpdateResponse>>> HandleAsync(
        string terminal_id, DeliveryStatusUpdateRequest request, KugelposCaller caller, TerminalGateway terminals)
    {
        // Reports come from subscribers (service tokens) or a tenant's user, never from a terminal.
        if (caller.IsTerminal)
        {
            throw new KugelposException(StatusCodes.Status403Forbidden, KugelposErrorCodes.AuthorizationError, "A terminal may not report delivery status");
        }

        var eventId = request.EventId!.Value;
        var found = await terminals.ActorFor(caller, terminal_id).UpdateDeliveryStatusAsync(new DeliveryStatusRequest
        {
            EventId = eventId,
            Service = request.Service!,
            Status = request.Status!,
            Message = request.Message,
        });
        if (!found)
        {
            throw new KugelposException(StatusCodes.Status404NotFound, KugelposErrorCodes.ResourceNotFound, $"No pending log with event_id {eventId} at terminal {terminal_id}", "event_id");
        }

        return ApiResults.Ok(
            new DeliveryStatusUpdateResponse(eventId, request.Service!, request.Status!, true),
            $"Delivery Status Updated. terminal_id: {terminal_id}, event_id: {eventId}, service: {request.Service}, status: {request.Status}",
            Name);
    }
}
