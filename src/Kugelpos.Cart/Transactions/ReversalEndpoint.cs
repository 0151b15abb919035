using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Cart.Transactions;

/// <summary>
/// <c>POST .../transactions/{transaction_no}/void</c> and <c>.../return</c>: the body is the list of
/// payments paid back. A void is made at the transaction's own terminal, a return at any terminal
/// of its store (the original's rules); the terminal is the caller's, or for a user the
/// <c>terminal_id</c> query parameter, else the path's.
/// </summary>
internal static class ReversalEndpoint
{
    public const string VoidName = "void_transaction_by_transaction_no";
    public const string ReturnName = "return_transaction_by_transaction_no";

    public static async Task<JsonHttpResult<ApiResponse<TransactionView>>> VoidAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, [FromBody] List<PaymentRequest> payments,
        [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, TransactionActorClient transactions, CancellationToken cancellationToken)
    {
        var (key, request) = Prepare(tenant_id, store_code, terminal_no, transaction_no, payments, terminalId, caller, sameTerminal: true);
        var log = TransactionErrors.Accepted(await transactions.VoidAsync(key, request, cancellationToken));
        return ApiResults.Ok(TransactionView.From(log), "Success to void transaction by transaction_no", VoidName);
    }

    public static async Task<JsonHttpResult<ApiResponse<TransactionView>>> ReturnAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, [FromBody] List<PaymentRequest> payments,
        [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, TransactionActorClient transactions, CancellationToken cancellationToken)
    {
        var (key, request) = Prepare(tenant_id, store_code, terminal_no, transaction_no, payments, terminalId, caller, sameTerminal: false);
        var log = TransactionErrors.Accepted(await transactions.ReturnAsync(key, request, cancellationToken));
        return ApiResults.Ok(TransactionView.From(log), "Success to return transaction by transaction_no", ReturnName);
    }

    private static (TransactionKey Key, ReversalRequest Request) Prepare(
        string tenantId, string storeCode, int terminalNo, int transactionNo, List<PaymentRequest> payments, string? terminalId, KugelposCaller caller, bool sameTerminal)
    {
        TransactionErrors.CheckTenant(tenantId, caller);
        var terminal = caller.Terminal?.TerminalId ?? terminalId ?? $"{tenantId}-{storeCode}-{terminalNo}";
        if (!terminal.StartsWith(tenantId + "-", StringComparison.Ordinal))
        {
            throw Invalid("terminal_id", $"terminal_id {terminal} is not a terminal of tenant {tenantId}");
        }

        var cut = terminal.LastIndexOf('-');
        var terminalStore = terminal[(tenantId.Length + 1)..Math.Max(cut, tenantId.Length + 1)];
        if (terminalStore != storeCode)
        {
            throw Invalid("store_code", $"store_code in request does not match the store_code of the terminal: req.store_code->{storeCode}, store_code->{terminalStore}");
        }

        if (!int.TryParse(terminal[(cut + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw Invalid("terminal_id", $"terminal_id {terminal} does not end in a terminal number");
        }

        if (sameTerminal && number != terminalNo)
        {
            throw Invalid("terminal_no", $"terminal_no in request does not match the terminal_no of the terminal: req.terminal_no->{terminalNo}, terminal_no->{number}");
        }

        var request = new ReversalRequest
        {
            TerminalId = terminal,
            Payments = [.. payments.Select(p => new ReversalPayment { PaymentCode = p.PaymentCode!, Amount = p.Amount!.Value, Detail = p.Detail })],
        };
        return (new TransactionKey(tenantId, storeCode, terminalNo, transactionNo), request);
    }

    private static KugelposException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, message, field);
}
