using System.Security.Cryptography;
using System.Text;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Journal.Journals;

/// <summary><c>POST .../terminals/{terminal_no}/journals</c>: a journal entry sent directly, stored once per terminal, type and generation time.</summary>
internal static class CreateJournalEndpoint
{
    public const string Name = "receive_journals";

    public static async Task<JsonHttpResult<ApiResponse<JournalView>>> HandleAsync(
        string tenant_id, string store_code, int terminal_no, JournalEntryRequest request, JournalStore store, CancellationToken cancellationToken)
    {
        if (request.TenantId != tenant_id)
        {
            throw JournalErrors.PathMismatch("tenantId", "tenant_id");
        }

        if (request.StoreCode != store_code)
        {
            throw JournalErrors.PathMismatch("storeCode", "store_code");
        }

        if (request.TerminalNo != terminal_no)
        {
            throw JournalErrors.PathMismatch("terminalNo", "terminal_no");
        }

        var generated = JournalTimes.Parse(request.GenerateDateTime!)
            ?? throw JournalErrors.BadFormat("generateDateTime", "an ISO 8601 date and time or YYYYMMDDTHHMMSS");
        if (!await store.IsPreparedAsync(tenant_id, cancellationToken))
        {
            throw JournalErrors.UnknownTenant(tenant_id);
        }

        var type = request.TransactionType!.Value;
        var journal = new JournalDocument
        {
            Id = NaturalId(store_code, terminal_no, type, generated),
            TenantId = tenant_id,
            StoreCode = store_code,
            TerminalNo = terminal_no,
            TransactionNo = request.TransactionNo,
            TransactionType = type,
            BusinessDate = request.BusinessDate!,
            OpenCounter = request.OpenCounter!.Value,
            BusinessCounter = request.BusinessCounter!.Value,
            GenerateDateTime = request.GenerateDateTime!,
            GeneratedAt = generated.UtcDateTime,
            ReceiptNo = request.ReceiptNo,
            Amount = request.Amount ?? 0m,
            Quantity = request.Quantity ?? 0,
            StaffId = request.StaffId,
            UserId = request.UserId,
            JournalText = request.JournalText!,
            ReceiptText = request.ReceiptText!,
        };
        var stored = await store.AddAsync(journal, cancellationToken);
        return ApiResults.Created(
            JournalView.From(stored),
            $"Transaction received successfully. tenant_id: {tenant_id}, store_code: {store_code}, terminal_no: {terminal_no}",
            Name);
    }

    // The original keeps one entry per store, terminal, type and generation time; the id says so,
    // hashed since a store code may hold characters an id should not.
    private static string NaturalId(string storeCode, int terminalNo, int type, DateTimeOffset generated)
    {
        var key = $"{storeCode}\n{terminalNo}\n{type}\n{generated.UtcTicks}";
        return "direct-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
