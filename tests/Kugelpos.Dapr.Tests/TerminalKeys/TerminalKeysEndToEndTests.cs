using System.Net;
using Kugelpos.Dapr.TerminalKeys;
using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Sidecar;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Dapr.Tests.TerminalKeys;

/// <summary>
/// A service other than the terminal's (app id <c>master-data</c>) checks a POS device's API key by
/// asking the terminal app through both real local sidecars, as the original's services ask the
/// terminal service.
/// </summary>
public sealed class TerminalKeysEndToEndTests : IAsyncLifetime
{
    private const string TerminalId = "A1234-S1-2";
    private const string Reply = """
        {"success":true,"code":200,"message":"Terminal found","data":{
          "terminalId":"A1234-S1-2","tenantId":"A1234","storeCode":"S1","terminalNo":2,"description":"front",
          "functionMode":"Sales","status":"Opened","businessDate":"20260101","openCounter":3,"businessCounter":9,
          "staff":{"staffId":"STF01","staffName":"Alice"},"entryDatetime":"2026-01-01T00:00:00Z"},
          "operation":"get_terminal"}
        """;

    private static readonly string Key = TerminalApiKey.Generate();

    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly TerminalStandIn _standIn = new TerminalStandIn().Add(TerminalId, Key, Reply);
    private ServiceTestHost? _terminal;
    private ServiceTestHost _service = null!;

    public async Task InitializeAsync()
    {
        _terminal = await _standIn.StartAsync(new TestSidecar("terminal") { Cluster = _cluster });
        _service = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.AddServiceDefaults("master-data");
                builder.AddKugelposJwt();
                builder.Services.AddKugelposTerminalKeysFromTerminalService();
            },
            app =>
            {
                app.MapServiceDefaults();
                app.MapApiGroup("/api/v1/tenants/{tenant_id}")
                    .RequireAuthorization(KugelposPolicies.Tenant)
                    .MapGet("/caller", (KugelposCaller caller) => ApiResults.Ok(caller, "Caller", "get_caller"));
            },
            sidecar: new TestSidecar("master-data") { Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await StopTerminalAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task A_devices_key_verified_by_the_terminal_app_makes_it_the_terminal_caller()
    {
        using var response = await CallAsync(TerminalId, Key);
        var caller = (await Json.ReadAsync(response)).GetProperty("data");
        var terminal = caller.GetProperty("terminal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("terminal:A1234-S1-2", caller.GetProperty("subject").GetString());
        Assert.True(caller.GetProperty("byApiKey").GetBoolean());
        Assert.Equal("S1", terminal.GetProperty("storeCode").GetString());
        Assert.Equal(2, terminal.GetProperty("terminalNo").GetInt32());
        Assert.Equal("Opened", terminal.GetProperty("status").GetString());
        Assert.Equal("20260101", terminal.GetProperty("businessDate").GetString());
        Assert.Equal(3, terminal.GetProperty("openCounter").GetInt32());
        Assert.Equal(9, terminal.GetProperty("businessCounter").GetInt32());
        Assert.Equal("STF01", terminal.GetProperty("staffId").GetString());
        Assert.Equal("Alice", terminal.GetProperty("staffName").GetString());
        Assert.Contains("A1234-S1-2", _service.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, _service.Logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_and_an_unknown_terminal_get_the_same_401_envelope()
    {
        using var wrongKey = await CallAsync(TerminalId, TerminalApiKey.Generate());
        using var unknown = await CallAsync("A1234-S1-9", Key);
        var wrongKeyBody = await Json.ReadAsync(wrongKey);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthenticationError, wrongKeyBody.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(wrongKeyBody.ToString(), (await Json.ReadAsync(unknown)).ToString());
        Assert.Equal(2, _standIn.Asked);
    }

    [Fact]
    public async Task The_steady_state_costs_no_call_to_the_terminal_app_until_the_cache_expires()
    {
        using var first = await CallAsync(TerminalId, Key);
        using var second = await CallAsync(TerminalId, Key);
        var askedWhileCached = _standIn.Asked;
        _service.Time.Advance(new TerminalKeyCacheOptions().CacheDuration + TimeSpan.FromSeconds(1));
        using var third = await CallAsync(TerminalId, Key);

        Assert.All([first, second, third], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, askedWhileCached);
        Assert.Equal(2, _standIn.Asked);
    }

    [Fact]
    public async Task A_terminal_app_that_is_down_gets_a_503_envelope_not_a_401()
    {
        await StopTerminalAsync();

        using var response = await CallAsync(TerminalId, Key);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.ExternalServiceError, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.DoesNotContain(Key, _service.Logs.Text, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> CallAsync(string terminalId, string apiKey) =>
        _service.SendAsync(
            HttpMethod.Get,
            $"/api/v1/tenants/A1234/caller?terminal_id={terminalId}",
            headers: new Dictionary<string, string> { [TerminalKeyAuthentication.HeaderName] = apiKey });

    private async Task StopTerminalAsync()
    {
        if (_terminal is not null)
        {
            await _terminal.DisposeAsync();
            _terminal = null;
        }
    }
}
