using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Testing;

namespace Kugelpos.Host.Tests.StoreDay;

/// <summary>
/// A store's first day through the host's services and sidecars, as an operator and a POS device
/// do it: the tenant, a store, staff, a terminal, then sign-in, open, cash-in and close. The logs
/// reach a stand-in of the report service through its sidecar.
/// </summary>
[Collection(EmbeddedSystem.Name)]
public sealed class StoreDayTests(StoreDayFixture fixture) : IClassFixture<StoreDayFixture>
{
    private const string TenantId = "E2E01";
    private const string Password = "first-day-pass";
    private const string Pin = "735291";

    private static readonly HttpClient Http = new();
    private readonly List<string> _secrets = [Password, Pin];

    [Fact]
    public async Task A_store_day_publishes_its_open_close_and_cash_logs_with_the_documented_fields_and_no_secret()
    {
        var terminalToken = await SetUpTerminalAsync();

        await OperateAsync("sign-in", terminalToken, new { staffId = "S001" });
        await OperateAsync("open", terminalToken, new { initialAmount = 30000 });
        await OperateAsync("cash-in", terminalToken, new { amount = 1500, description = "Change float" });
        await OperateAsync("close", terminalToken, new { physicalAmount = 31500 });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // The initial amount is a cash log of its own, as in the original.
        await fixture.Received.WhenAsync(d => d.OfType<OpenCloseLog>().Count(l => l.TenantId == TenantId) >= 2 && d.OfType<CashInOutLog>().Count(l => l.TenantId == TenantId) >= 2, timeout.Token);

        var logs = fixture.Received.Of<OpenCloseLog>().Where(l => l.TenantId == TenantId).ToList();
        var opened = Assert.Single(logs, l => l.Operation == TerminalOperations.Open);
        var closed = Assert.Single(logs, l => l.Operation == TerminalOperations.Close);
        foreach (var log in logs)
        {
            Assert.Equal(("S01", 1, "S001", "Alice Cashier", log.Operation), (log.StoreCode, log.TerminalNo, log.StaffId, log.StaffName, log.EventType));
            Assert.Equal((1, 1), (log.OpenCounter, log.BusinessCounter));
            Assert.NotNull(log.BusinessDate);
            var info = Assert.IsType<TerminalInfo>(log.TerminalInfo);
            Assert.Equal(($"{TenantId}-S01-1", TenantId, "S01", 1, "Front till"), (info.TerminalId, info.TenantId, info.StoreCode, info.TerminalNo, info.Description));
        }

        Assert.Equal(("Opened", 30000m), (opened.TerminalInfo!.Status, opened.TerminalInfo!.InitialAmount));
        Assert.Equal(("Closed", 31500m, 2), (closed.TerminalInfo!.Status, closed.TerminalInfo!.PhysicalAmount, closed.CashInOutCount));
        var cash = fixture.Received.Of<CashInOutLog>().Where(l => l.TenantId == TenantId).ToList();
        Assert.Equal([1500m, 30000m], cash.Select(l => l.Amount).Order());
        Assert.Equal("Change float", cash.Single(l => l.Amount == 1500m).Description);
        foreach (var log in cash)
        {
            Assert.Equal(("S01", 1, "S001", "Alice Cashier", TerminalEventTypes.CashInOut), (log.StoreCode, log.TerminalNo, log.StaffId, log.StaffName, log.EventType));
            Assert.Equal((1, 1, opened.BusinessDate), (log.OpenCounter, log.BusinessCounter, log.BusinessDate));
        }

        // Each log its own event id; and nothing the day used as a secret travelled with any of them.
        var ids = logs.Select(l => l.EventId).Concat(cash.Select(l => l.EventId)).ToList();
        Assert.Equal(4, ids.Distinct().Count(id => id != Guid.Empty));
        var bodies = fixture.Received.RawBodies.Where(b => ids.Any(id => b.Contains(id.ToString(), StringComparison.Ordinal))).ToList();
        Assert.Equal(4, bodies.Count);
        foreach (var secret in _secrets)
        {
            Assert.DoesNotContain(bodies, b => b.Contains(secret, StringComparison.Ordinal));
        }
    }

    // Account, terminal and master data as an operator sets them up; answers the POS device's token.
    private async Task<string> SetUpTerminalAsync()
    {
        var account = fixture.Service("account");
        using (var register = await Http.PostAsJsonAsync(new Uri(account, "/api/v1/accounts/register"), new { username = "admin", password = Password, tenantId = TenantId }))
        {
            await ExpectAsync(register, HttpStatusCode.Created);
        }

        string user;
        using (var token = await Http.PostAsync(new Uri(account, "/api/v1/accounts/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin",
            ["password"] = Password,
            ["client_id"] = TenantId,
        })))
        {
            user = Keep((await ExpectAsync(token, HttpStatusCode.OK)).GetProperty("access_token").GetString()!);
        }

        var terminal = fixture.Service("terminal");
        await SendAsync(HttpMethod.Post, new Uri(terminal, "/api/v1/tenants"), user, new { tenantId = TenantId, tenantName = "First Day Foods", tags = Array.Empty<string>() }, HttpStatusCode.Created);
        await SendAsync(HttpMethod.Post, new Uri(terminal, $"/api/v1/tenants/{TenantId}/stores"), user, new { storeCode = "S01", storeName = "Main Street" }, HttpStatusCode.Created);
        await SendAsync(HttpMethod.Post, new Uri(fixture.Service("master-data"), $"/api/v1/tenants/{TenantId}/staff"), user,
            new { id = "S001", name = "Alice Cashier", pin = Pin, roles = new[] { "cashier" } }, HttpStatusCode.Created);
        var created = await SendAsync(HttpMethod.Post, new Uri(terminal, "/api/v1/terminals"), user, new { storeCode = "S01", terminalNo = 1, description = "Front till" }, HttpStatusCode.Created);
        var apiKey = Keep(created.GetProperty("data").GetProperty("apiKey").GetString()!);

        using var exchange = new HttpRequestMessage(HttpMethod.Post, new Uri(terminal, $"/api/v1/auth/token?terminal_id={TenantId}-S01-1"));
        exchange.Headers.Add("X-API-KEY", apiKey);
        using var exchanged = await Http.SendAsync(exchange);
        return Keep((await ExpectAsync(exchanged, HttpStatusCode.OK)).GetProperty("data").GetProperty("access_token").GetString()!);
    }

    private async Task OperateAsync(string operation, string terminalToken, object body)
    {
        var uri = new Uri(fixture.Service("terminal"), $"/api/v1/terminals/{TenantId}-S01-1/{operation}");
        await SendAsync(HttpMethod.Post, uri, terminalToken, body, HttpStatusCode.OK);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, Uri uri, string bearer, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await Http.SendAsync(request);
        return await ExpectAsync(response, expected);
    }

    // Asserts the status and keeps any refreshed token, which must not travel in an event either.
    private async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        if (response.Headers.TryGetValues("X-New-Token", out var refreshed))
        {
            _secrets.AddRange(refreshed);
        }

        return body;
    }

    private string Keep(string secret)
    {
        _secrets.Add(secret);
        return secret;
    }
}
