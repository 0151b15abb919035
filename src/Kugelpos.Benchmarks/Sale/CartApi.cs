using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>
/// One POS device's calls to the cart service (paths and bodies of cart.json), authenticated as the
/// original's devices are: <c>X-API-KEY</c> with <c>terminal_id</c>. Bodies that never change are
/// encoded once, so the client spends the shared cores on as little as it can.
/// </summary>
public sealed class CartApi
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] NewSale = Encoding.UTF8.GetBytes("""{"transactionType":101}""");
    private static readonly byte[] NoBody = [];

    private readonly HttpClient _http;
    private readonly PosTerminal _terminal;
    private readonly string _cart;
    private readonly string _query;

    /// <summary>Calls the cart service at <paramref name="cart"/> as <paramref name="terminal"/>.</summary>
    public CartApi(HttpClient http, Uri cart, PosTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(cart);
        _http = http;
        _terminal = terminal;
        _cart = cart.ToString().TrimEnd('/') + "/api/v1/carts";
        _query = "?terminal_id=" + Uri.EscapeDataString(terminal.TerminalId);
    }

    /// <summary>The body adding one of <paramref name="itemCode"/> at its master price.</summary>
    public static byte[] OneItem(string itemCode) =>
        JsonSerializer.SerializeToUtf8Bytes(new[] { new { itemCode, quantity = 1 } }, JsonSerializerOptions.Web);

    /// <summary>Creates a sales cart and answers its id.</summary>
    public async Task<string> CreateCartAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, string.Empty, NewSale);
        var data = await ApiAnswer.DataAsync(response, HttpStatusCode.Created, "create cart");
        return data.GetProperty("cartId").GetString() ?? throw new UnexpectedAnswerException("create cart answered no cartId");
    }

    /// <summary>Adds the items of <paramref name="body"/> (see <see cref="OneItem"/>).</summary>
    public async Task AddItemsAsync(string cartId, byte[] body)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/{cartId}/lineItems", body);
        await ApiAnswer.ExpectAsync(response, HttpStatusCode.OK, "add item");
    }

    /// <summary>Totals the cart and answers the balance due.</summary>
    public async Task<decimal> SubtotalAsync(string cartId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/{cartId}/subtotal", NoBody);
        var data = await ApiAnswer.DataAsync(response, HttpStatusCode.OK, "subtotal");
        return data.GetProperty("balanceAmount").GetDecimal();
    }

    /// <summary>Pays <paramref name="amount"/> in cash (payment code 01), rounded up to the whole amount cart.json asks for.</summary>
    public async Task PayCashAsync(string cartId, decimal amount)
    {
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""[{"paymentCode":"01","amount":{{decimal.Ceiling(amount):0}}}]"""));
        using var response = await SendAsync(HttpMethod.Post, $"/{cartId}/payments", body);
        await ApiAnswer.ExpectAsync(response, HttpStatusCode.OK, "payment");
    }

    /// <summary>Bills the paid cart.</summary>
    public async Task BillAsync(string cartId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/{cartId}/bill", NoBody);
        await ApiAnswer.ExpectAsync(response, HttpStatusCode.OK, "bill");
    }

    /// <summary>Cancels the cart's sale.</summary>
    public async Task CancelAsync(string cartId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/{cartId}/cancel", NoBody);
        await ApiAnswer.ExpectAsync(response, HttpStatusCode.OK, "cancel");
    }

    /// <summary>The cart as the API shows it: the JSON of the envelope's <c>data</c>.</summary>
    public async Task<string> GetCartJsonAsync(string cartId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/{cartId}", null);
        return (await ApiAnswer.DataAsync(response, HttpStatusCode.OK, "get cart")).GetRawText();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, _cart + path + _query);
        request.Headers.Add("X-API-KEY", _terminal.ApiKey);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
        }

        return await _http.SendAsync(request);
    }
}
