using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Kugelpos.Benchmarks.Sale;

/// <summary>
/// A store set up for the benchmark through the real APIs, as an operator and the POS devices do
/// it: the tenant (account, then the terminal service, which prepares it in master data, and the cart), a store,
/// a cashier, ten items, cash (01), then per device a terminal that signs the cashier in and opens.
/// </summary>
public static class StoreSetup
{
    /// <summary>The benchmark's tenant.</summary>
    public const string TenantId = "B0001";

    /// <summary>The store every device is in.</summary>
    public const string StoreCode = "S01";

    /// <summary>The items a sale adds, one line each.</summary>
    public static IReadOnlyList<string> ItemCodes { get; } = [.. Enumerable.Range(1, 10).Select(i => "I" + i.ToString("D3", CultureInfo.InvariantCulture))];

    private const string Password = "bench-admin-pass";
    private const string StaffId = "S001";

    private static readonly string[] CashierRoles = ["cashier"];

    /// <summary>Sets the store up and answers one open terminal per device.</summary>
    /// <param name="http">The client the set-up calls go through.</param>
    /// <param name="service">Where each service answers, by app id.</param>
    /// <param name="devices">How many POS devices.</param>
    /// <exception cref="UnexpectedAnswerException">A call answered something else than its success.</exception>
    public static async Task<IReadOnlyList<PosTerminal>> RunAsync(HttpClient http, Func<string, Uri> service, int devices)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(service);
        var account = service("account");
        using (var register = await http.PostAsJsonAsync(new Uri(account, "api/v1/accounts/register"), new { username = "admin", password = Password, tenantId = TenantId }))
        {
            await ApiAnswer.ExpectAsync(register, HttpStatusCode.Created, "register the tenant's administrator");
        }

        string admin;
        using (var token = await http.PostAsync(new Uri(account, "api/v1/accounts/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin",
            ["password"] = Password,
            ["client_id"] = TenantId,
        })))
        {
            using var body = System.Text.Json.JsonDocument.Parse(await ApiAnswer.ExpectAsync(token, HttpStatusCode.OK, "sign the administrator in"));
            admin = body.RootElement.GetProperty("access_token").GetString()!;
        }

        var terminal = service("terminal");
        var masterData = service("master-data");
        // The terminal service prepares the new tenant in master data and the cart too.
        await PostAsync(http, new Uri(terminal, "api/v1/tenants"), admin, new { tenantId = TenantId, tenantName = "Benchmark Foods", tags = Array.Empty<string>() }, "create the tenant");
        await PostAsync(http, new Uri(terminal, $"api/v1/tenants/{TenantId}/stores"), admin, new { storeCode = StoreCode, storeName = "Benchmark Store" }, "create the store");
        await PostAsync(http, new Uri(masterData, $"api/v1/tenants/{TenantId}/staff"), admin, new { id = StaffId, name = "Bench Cashier", pin = "1234", roles = CashierRoles }, "create the cashier");
        await PostAsync(http, new Uri(masterData, $"api/v1/tenants/{TenantId}/payments"), admin, new
        {
            paymentCode = "01",
            description = "Cash",
            limitAmount = 10_000_000m,
            canRefund = true,
            canDepositOver = true,
            canChange = true,
            isActive = true,
        }, "create cash (01)");
        for (var i = 0; i < ItemCodes.Count; i++)
        {
            await PostAsync(http, new Uri(masterData, $"api/v1/tenants/{TenantId}/items"), admin, new
            {
                itemCode = ItemCodes[i],
                description = "Item " + ItemCodes[i],
                unitPrice = 100m * (i + 1),
                unitCost = 50m * (i + 1),
                itemDetails = Array.Empty<string>(),
                imageUrls = Array.Empty<string>(),
                categoryCode = "C01",
                taxCode = "01",
                isDiscountRestricted = false,
            }, "create item " + ItemCodes[i]);
        }

        var terminals = new List<PosTerminal>(devices);
        for (var terminalNo = 1; terminalNo <= devices; terminalNo++)
        {
            terminals.Add(await OpenTerminalAsync(http, terminal, admin, terminalNo));
        }

        return terminals;
    }

    // Created by the administrator; signed in and opened by the device itself, with its API key.
    private static async Task<PosTerminal> OpenTerminalAsync(HttpClient http, Uri terminal, string admin, int terminalNo)
    {
        var created = await PostAsync(http, new Uri(terminal, "api/v1/terminals"), admin,
            new { storeCode = StoreCode, terminalNo, description = "Bench till " + terminalNo.ToString(CultureInfo.InvariantCulture) }, "create a terminal");
        var device = new PosTerminal(created.GetProperty("terminalId").GetString()!, created.GetProperty("apiKey").GetString()!);
        foreach (var (operation, body) in new (string, object)[] { ("sign-in", new { staffId = StaffId }), ("open", new { initialAmount = 0m }) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(terminal, $"api/v1/terminals/{device.TerminalId}/{operation}")) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-API-KEY", device.ApiKey);
            using var response = await http.SendAsync(request);
            await ApiAnswer.ExpectAsync(response, HttpStatusCode.OK, $"{operation} of terminal {device.TerminalId}");
        }

        return device;
    }

    private static async Task<System.Text.Json.JsonElement> PostAsync(HttpClient http, Uri uri, string bearer, object body, string call)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request);
        return await ApiAnswer.DataAsync(response, HttpStatusCode.Created, call);
    }
}
