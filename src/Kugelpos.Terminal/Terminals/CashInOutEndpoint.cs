using System.Globalization;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Stores;
using Microsoft.AspNetCore.Http.HttpResults;
using ActorCashRequest = Kugelpos.Actors.Contracts.Terminals.CashInOutRequest;

namespace Kugelpos.Terminal.Terminals;

/// <summary>
/// <c>POST /api/v1/terminals/{terminal_id}/cash-in</c> and <c>/cash-out</c>: need a signed-in
/// staff member and an open terminal; cash out is recorded as a negative amount.
/// </summary>
internal static class CashInOutEndpoint
{
    public const string CashInName = "terminal_cash_in";

    public const string CashOutName = "terminal_cash_out";

    public static Task<JsonHttpResult<ApiResponse<CashInOutResponse>>> CashInAsync(
        string terminal_id, CashInOutRequest request, KugelposCaller caller, TerminalGateway terminals, StoreDirectory stores, CancellationToken cancellationToken) =>
        MoveAsync(terminal_id, request, caller, terminals, stores, cashIn: true, cancellationToken);

    public static Task<JsonHttpResult<ApiResponse<CashInOutResponse>>> CashOutAsync(
        string terminal_id, CashInOutRequest request, KugelposCaller caller, TerminalGateway terminals, StoreDirectory stores, CancellationToken cancellationToken) =>
        MoveAsync(terminal_id, request, caller, terminals, stores, cashIn: false, cancellationToken);

    private static async Task<JsonHttpResult<ApiResponse<CashInOutResponse>>> MoveAsync(
        string terminalId,
        CashInOutRequest request,
        KugelposCaller caller,
        TerminalGateway terminals,
        StoreDirectory stores,
        bool cashIn,
        CancellationToken cancellationToken)
    {
        var actor = terminals.ActorFor(caller, terminalId);
        var store = await stores.ForTerminalAsync(caller.TenantId, terminalId, cancellationToken);
        var move = new ActorCashRequest { Amount = request.Amount!.Value, Description = request.Description, StoreName = store?.SlipName, StoreFound = store is not null };
        var reply = cashIn ? await actor.CashInAsync(move) : await actor.CashOutAsync(move);
        TerminalRefusalErrors.Accepted(reply, terminalId);
        var movement = reply.CashMovement ?? throw new InvalidOperationException("An accepted cash movement is answered with the movement.");
        var result = new CashInOutResponse(terminalId, movement.Amount, movement.Description, TerminalSlips.ReceiptText(reply), TerminalSlips.JournalText(reply));
        var amount = movement.Amount.ToString(CultureInfo.InvariantCulture);
        return cashIn
            ? ApiResults.Ok(result, $"Terminal Cashed In. terminal_id: {terminalId}, amount: {amount}, description: {movement.Description}", CashInName)
            : ApiResults.Ok(result, $"Terminal Cashed Out. terminal_id: {terminalId}, amount: {amount}, description: {movement.Description}", CashOutName);
    }
}
