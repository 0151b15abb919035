using System.Globalization;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Auth;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/close</c> (body optional): refused unless open; answers
/// the session's figures and a refreshed terminal token in <c>X-New-Token</c>.
/// </summary>
internal static class CloseTerminalEndpoint
{
    public const string Name = "terminal_close";

    public static async Task<JsonHttpResult<ApiResponse<TerminalCloseResponse>>> HandleAsync(
        string terminal_id,
        TerminalCloseRequest? request,
        KugelposCaller caller,
        HttpResponse response,
        TerminalGateway terminals,
        TerminalTokens tokens,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        var actor = terminals.ActorFor(caller, terminal_id);
        var store = await stores.ForTerminalAsync(caller.TenantId, terminal_id, cancellationToken);
        var reply = await actor.CloseAsync(new CloseTerminalRequest { PhysicalAmount = request?.PhysicalAmount, StoreName = store?.SlipName, StoreFound = store is not null });
        var view = terminals.View(caller, reply, terminal_id);
        var terminal = reply.Terminal!;
        tokens.Refresh(response, terminal);
        var closed = new TerminalCloseResponse(
            terminal_id,
            terminal.BusinessDate?.ToString(TerminalDocument.BusinessDateFormat, CultureInfo.InvariantCulture) ?? string.Empty,
            terminal.OpenCounter,
            terminal.BusinessCounter,
            terminal.InitialAmount,
            view,
            TerminalSlips.ReceiptText(reply),
            TerminalSlips.JournalText(reply),
            terminal.PhysicalAmount);
        return ApiResults.Ok(closed, $"Terminal Closed. terminal_id: {terminal_id}", Name);
    }
}
