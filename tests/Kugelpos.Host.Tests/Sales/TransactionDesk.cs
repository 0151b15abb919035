using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.Benchmarks.Sale;
using Kugelpos.Testing;

namespace Kugelpos.Host.Tests.Sales;

/// <summary>
/// A POS device's calls to the cart's transaction endpoints (cart.json's
/// <c>.../terminals/{terminal_no}/transactions</c>) about its own terminal's transactions,
/// authenticated as <see cref="CartApi"/> is: <c>X-API-KEY</c> with <c>terminal_id</c>.
/// </summary>
public sealed class TransactionDesk
{
    private readonly HttpClient _http;
    private readonly PosTerminal _terminal;
    private readonly string _transactions;
    private readonly string _query;

    /// <summary>Calls the cart service at <paramref name="cart"/> as <paramref name="terminal"/> of <paramref name="tenantId"/>'s <paramref name="storeCode"/>.</summary>
    public TransactionDesk(HttpClient http, Uri cart, PosTerminal terminal, string tenantId, string storeCode)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(terminal);
        _http = http;
        _terminal = terminal;
        var terminalNo = terminal.TerminalId[(terminal.TerminalId.LastIndexOf('-') + 1)..];
        _transactions = $"{cart.ToString().TrimEnd('/')}/api/v1/tenants/{tenantId}/stores/{storeCode}/terminals/{terminalNo}/transactions";
        _query = "?terminal_id=" + Uri.EscapeDataString(terminal.TerminalId);
    }

    /// <summary>The envelope's <c>data</c> of transaction <paramref name="transactionNo"/>, read back.</summary>
    public async Task<JsonElement> GetAsync(int transactionNo)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"/{transactionNo}", null);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data");
    }

    /// <summary>Voids <paramref name="transactionNo"/> paying back <paramref name="payments"/>; answers the status and the whole envelope.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> VoidAsync(int transactionNo, IReadOnlyList<object> payments) =>
        SendAsync(HttpMethod.Post, $"/{transactionNo}/void", payments);

    /// <summary>Returns <paramref name="transactionNo"/> paying back <paramref name="payments"/>; answers the status and the whole envelope.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> ReturnAsync(int transactionNo, IReadOnlyList<object> payments) =>
        SendAsync(HttpMethod.Post, $"/{transactionNo}/return", payments);

    /// <summary>The request body paying back exactly what <paramref name="transaction"/> (a read-back <c>data</c>) was paid with.</summary>
    public static IReadOnlyList<object> PaymentsOf(JsonElement transaction) =>
        [.. transaction.GetProperty("payments").EnumerateArray().Select(p => new
        {
            paymentCode = p.GetProperty("paymentCode").GetString(),
            amount = p.GetProperty("paymentAmount").GetDecimal(),
        })];

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, IReadOnlyList<object>? payments)
    {
        using var request = new HttpRequestMessage(method, _transactions + path + _query);
        request.Headers.Add("X-API-KEY", _terminal.ApiKey);
        if (payments is not null)
        {
            request.Content = JsonContent.Create(payments);
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await Json.ReadAsync(response));
    }
}
