using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.MasterData;
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
/// <c>terminal_id</c> query parameter, else the path's. A return's payment codes must be known to
/// master data (a void's must be the sale's own, which the transaction actor checks), and the new
/// log's receipt number is taken in the range the reversing terminal's
/// <c>RECEIPT_NO_*</c> settings give, as a bill's is, so it goes on from the terminal's last receipt.
/// </summary>
internal static class ReversalEndpoint
{
    public const string VoidName = "void_transaction_by_transaction_no";
    public const string ReturnName = "return_transaction_by_transaction_no";

    public static async Task<JsonHttpResult<ApiResponse<TransactionView>>> VoidAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, [FromBody] List<PaymentRequest> payments,
        [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, ICartMasterData masterData, TransactionActorClient transactions, CancellationToken cancellationToken)
    {
        var (key, request) = await PrepareAsync(tenant_id, store_code, terminal_no, transaction_no, payments, terminalId, caller, sameTerminal: true, masterData, cancellationToken);
        var log = TransactionErrors.Accepted(await transactions.VoidAsync(key, request, cancellationToken));
        return ApiResults.Ok(TransactionView.From(log), "Success to void transaction by transaction_no", VoidName);
    }

    public static async Task<JsonHttpResult<ApiResponse<TransactionView>>> ReturnAsync(
        string tenant_id, string store_code, int terminal_no, int transaction_no, [FromBody] List<PaymentRequest> payments,
        [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, ICartMasterData masterData, TransactionActorClient transactions, CancellationToken cancellationToken)
    {
        var (key, request) = await PrepareAsync(tenant_id, store_code, terminal_no, transaction_no, payments, terminalId, caller, sameTerminal: false, masterData, cancellationToken);
        var log = TransactionErrors.Accepted(await transactions.ReturnAsync(key, request, cancellationToken));
        return ApiResults.Ok(TransactionView.From(log), "Success to return transaction by transaction_no", ReturnName);
    }

    private static async Task<(TransactionKey Key, ReversalRequest Request)> PrepareAsync(
        string tenantId, string storeCode, int terminalNo, int transactionNo, List<PaymentRequest> payments, string? terminalId, KugelposCaller caller, bool sameTerminal,
        ICartMasterData masterData, CancellationToken cancellationToken)
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

        if (!sameTerminal)
        {
            foreach (var payment in payments)
            {
                await KnownPayments.RequireAsync(masterData, tenantId, payment.PaymentCode!, cancellationToken);
            }
        }

        var request = new ReversalRequest
        {
            TerminalId = terminal,
            ReceiptRange = ReceiptSettings.Range(
                await masterData.FindSettingValueAsync(tenantId, storeCode, number, ReceiptSettings.ReceiptNoStart, cancellationToken),
                await masterData.FindSettingValueAsync(tenantId, storeCode, number, ReceiptSettings.ReceiptNoEnd, cancellationToken)),
            Payments = [.. payments.Select(p => new ReversalPayment { PaymentCode = p.PaymentCode!, Amount = p.Amount!.Value, Detail = p.Detail })],
        };
        return (new TransactionKey(tenantId, storeCode, terminalNo, transactionNo), request);
    }

    private static KugelposException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, KugelposErrorCodes.ValidationError, message, field);
}
