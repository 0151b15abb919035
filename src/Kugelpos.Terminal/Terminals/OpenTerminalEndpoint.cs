using System.Globalization;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Auth;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/open</c> (body optional): refused while open, then when
/// the terminal's store is not on file (404 naming <c>store_code</c>); answers
/// the session and a refreshed terminal token in <c>X-New-Token</c>.
/// </summary>
internal static class OpenTerminalEndpoint
{
    public const string Name = "terminal_open";

    public static async Task<JsonHttpResult<ApiResponse<TerminalOpenResponse>>> HandleAsync(
        string terminal_id,
        TerminalOpenRequest? request,
        KugelposCaller caller,
        HttpResponse response,
        TerminalGateway terminals,
        TerminalTokens tokens,
        StoreDirectory stores,
        CancellationToken cancellationToken)
    {
        var actor = terminals.ActorFor(caller, terminal_id);
        var store = await stores.ForTerminalAsync(caller.TenantId, terminal_id, cancellationToken);
        var reply = await actor.OpenAsync(new OpenTerminalRequest { InitialAmount = request?.InitialAmount, StoreName = store?.SlipName, StoreFound = store is not null });
        var view = terminals.View(caller, reply, terminal_id);
        var terminal = reply.Terminal!;
        tokens.Refresh(response, terminal);
        var opened = new TerminalOpenResponse(
            terminal_id,
            terminal.BusinessDate?.ToString(TerminalDocument.BusinessDateFormat, CultureInfo.InvariantCulture) ?? string.Empty,
            terminal.OpenCounter,
            terminal.BusinessCounter,
            terminal.InitialAmount,
            view,
            TerminalSlips.ReceiptText(reply),
            TerminalSlips.JournalText(reply));
        return ApiResults.Ok(opened, $"Terminal Opened. terminal_id: {terminal_id}", Name);
    }
}
