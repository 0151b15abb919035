using System.Net;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Tests.Security;

/// <summary>A POS device's <c>X-API-KEY</c> plus <c>terminal_id</c>, checked through the service's verifier behind a short cache.</summary>
public class TerminalKeyAuthenticationTests
{
    private static readonly string Key = TerminalApiKey.Generate();
    private static readonly string OtherKey = TerminalApiKey.Generate();

    private static readonly TerminalTokenClaims Terminal = new()
    {
        TenantId = "A1234", StoreCode = "S1", TerminalNo = 1, TerminalId = "A1234-S1-1", Status = "Opened",
        BusinessDate = "20260101", OpenCounter = 2, BusinessCounter = 7, StaffId = "STF01", StaffName = "Alice",
    };

    private static readonly TerminalTokenClaims OtherTenantsTerminal = new()
    {
        TenantId = "B5678", StoreCode = "S1", TerminalNo = 1, TerminalId = "B5678-S1-1", Status = "Idle",
    };

    private readonly FakeTerminalKeyVerifier _verifier = new FakeTerminalKeyVerifier().Add(Terminal, Key).Add(OtherTenantsTerminal, OtherKey);

    [Fact]
    public async Task A_valid_key_reaches_the_handler_as_the_terminal_with_the_claims_of_a_terminal_token()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller?terminal_id=A1234-S1-1", Key);
        var caller = (await Json.ReadAsync(response)).GetProperty("data");
        var terminal = caller.GetProperty("terminal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("terminal:A1234-S1-1", caller.GetProperty("subject").GetString());
        Assert.Equal("A1234", caller.GetProperty("tenantId").GetString());
        Assert.True(caller.GetProperty("isTerminal").GetBoolean());
        Assert.True(caller.GetProperty("byApiKey").GetBoolean());
        Assert.False(caller.GetProperty("isUser").GetBoolean());
        Assert.False(caller.GetProperty("isService").GetBoolean());
        Assert.False(caller.GetProperty("isSuperuser").GetBoolean());
        Assert.Equal(Terminal, terminal.Deserialize<TerminalTokenClaims>(KugelposJson.Options));
    }

    [Fact]
    public async Task The_routes_terminal_id_names_the_terminal_the_key_must_belong_to()
    {
        await using var test = await StartAsync();

        using var own = await SendAsync(test, "/api/v1/terminals/A1234-S1-1", Key);
        using var other = await SendAsync(test, "/api/v1/terminals/B5678-S1-1?terminal_id=A1234-S1-1", Key);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("A1234-S1-1", (await Json.ReadAsync(own)).GetProperty("data").GetProperty("terminal").GetProperty("terminalId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_an_unknown_terminal_and_another_tenants_terminal_get_the_same_401_envelope()
    {
        await using var test = await StartAsync();

        using var wrongKey = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", TerminalApiKey.Generate());
        using var unknown = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-9", Key);
        using var otherTenants = await SendAsync(test, "/api/v1/caller?terminal_id=B5678-S1-1", Key);
        var bodies = new[] { await Json.ReadAsync(wrongKey), await Json.ReadAsync(unknown), await Json.ReadAsync(otherTenants) };

        Assert.All([wrongKey, unknown, otherTenants], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.All([wrongKey, unknown, otherTenants], r => Assert.Equal(TerminalKeyAuthentication.ChallengeName, r.Headers.WwwAuthenticate.ToString()));
        var first = bodies[0];
        Assert.Equal(401, first.GetProperty("code").GetInt32());
        Assert.Equal(KugelposErrorCodes.AuthenticationError, first.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Invalid API key", first.GetProperty("message").GetString());
        Assert.Equal(first.ToString(), bodies[1].ToString());
        Assert.Equal(first.ToString(), bodies[2].ToString());
    }

    [Fact]
    public async Task Another_tenants_verified_terminal_is_refused_on_this_tenants_data_with_a_403_envelope()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller?terminal_id=B5678-S1-1", OtherKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthorizationError, (await Json.ReadAsync(response)).GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_key_without_a_terminal_id_gets_a_401_naming_terminal_id_and_the_terminal_is_not_asked()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/caller", Key);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthenticationError, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("terminal_id", body.GetProperty("data")[0].GetProperty("field").GetString());
        Assert.Equal(0, _verifier.Calls);
    }

    [Fact]
    public async Task A_verified_key_is_believed_from_the_cache_until_its_time_is_up_by_the_injected_clock()
    {
        await using var test = await StartAsync(new() { ["Kugelpos:TerminalKeys:CacheDuration"] = "00:00:30" });

        using var first = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        test.Time.Advance(TimeSpan.FromSeconds(29));
        using var cached = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        var callsWithinTheDuration = _verifier.Calls;
        test.Time.Advance(TimeSpan.FromSeconds(2));
        using var expired = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);

        Assert.All([first, cached, expired], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, callsWithinTheDuration);
        Assert.Equal(2, _verifier.Calls);
    }

    [Fact]
    public async Task A_refusal_is_kept_apart_from_the_right_key_and_for_less_time()
    {
        await using var test = await StartAsync(new() { ["Kugelpos:TerminalKeys:RefusalCacheDuration"] = "00:00:05" });
        var wrong = TerminalApiKey.Generate();

        using var refused = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", wrong);
        using var refusedAgain = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", wrong);
        var callsForTheWrongKey = _verifier.Calls;
        using var right = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        test.Time.Advance(TimeSpan.FromSeconds(6));
        using var askedAgain = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedAgain.StatusCode);
        Assert.Equal(1, callsForTheWrongKey);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, askedAgain.StatusCode);
        Assert.Equal(3, _verifier.Calls);
    }

    [Fact]
    public async Task A_key_verified_for_one_terminal_does_not_pass_for_another()
    {
        await using var test = await StartAsync();

        using var own = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        using var other = await SendAsync(test, "/api/v1/caller?terminal_id=B5678-S1-1", Key);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task An_unreachable_terminal_is_a_503_envelope_and_not_remembered()
    {
        await using var test = await StartAsync();
        _verifier.Failure = new KugelposException(503, KugelposErrorCodes.ExternalServiceError, "Terminal service unavailable");

        using var unavailable = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        _verifier.Failure = null;
        using var back = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(KugelposErrorCodes.ExternalServiceError, (await Json.ReadAsync(unavailable)).GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(2, _verifier.Calls);
    }

    [Fact]
    public async Task The_key_never_appears_in_the_logs()
    {
        await using var test = await StartAsync(new() { ["Kugelpos:Logging:MinimumLevel"] = "Debug" });

        using var accepted = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);
        using var refused = await SendAsync(test, "/api/v1/caller?terminal_id=B5678-S1-1", Key);
        await test.Logs.WaitForAsync(e => e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "401");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("B5678-S1-1", test.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, test.Logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TerminalApiKey.LookupHash(Key), test.Logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_without_a_verifier_starts_and_refuses_every_key()
    {
        await using var test = await StartAsync(verifier: null);

        using var response = await SendAsync(test, "/api/v1/caller?terminal_id=A1234-S1-1", Key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Invalid API key", (await Json.ReadAsync(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Writes_for_users_refuse_an_api_key_with_a_401_without_asking_the_terminal()
    {
        await using var test = await StartAsync();

        using var response = await SendAsync(test, "/api/v1/tenants/A1234/items?terminal_id=A1234-S1-1", Key, HttpMethod.Post);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _verifier.Calls);
    }

    [Fact]
    public async Task The_openapi_document_offers_the_api_key_beside_the_jwt_on_reads_and_the_jwt_alone_on_writes()
    {
        await using var test = await StartAsync();

        using var response = await test.Client.GetAsync(new Uri("/openapi.json", UriKind.Relative));
        var document = await Json.ReadAsync(response);
        var read = document.GetProperty("paths").GetProperty("/api/v1/tenants/{tenant_id}/caller").GetProperty("get").GetProperty("security");
        var write = document.GetProperty("paths").GetProperty("/api/v1/tenants/{tenant_id}/items").GetProperty("post").GetProperty("security");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("APIKeyHeader");

        Assert.Equal(["Bearer", "APIKeyHeader"], read.EnumerateArray().Select(r => r.EnumerateObject().Single().Name));
        Assert.Equal(["Bearer"], write.EnumerateArray().Select(r => r.EnumerateObject().Single().Name));
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-API-KEY", scheme.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_service_without_a_verifier_does_not_offer_the_api_key_in_its_openapi_document()
    {
        await using var test = await StartAsync(verifier: null);

        using var response = await test.Client.GetAsync(new Uri("/openapi.json", UriKind.Relative));
        var document = await Json.ReadAsync(response);

        Assert.False(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("APIKeyHeader", out _));
    }

    [Theory]
    [InlineData("-00:00:01", "CacheDuration")]
    [InlineData("-00:00:01", "RefusalCacheDuration")]
    [InlineData("0", "CacheSize")]
    public async Task Unusable_cache_settings_fail_start_up_naming_the_setting(string value, string setting)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => StartAsync(new() { [$"Kugelpos:TerminalKeys:{setting}"] = value }));

        Assert.Contains($"Kugelpos:TerminalKeys:{setting}", error.Message, StringComparison.Ordinal);
    }

    private Task<TestApp> StartAsync(Dictionary<string, string?>? settings = null) => StartAsync(_verifier, settings);

    private static Task<TestApp> StartAsync(ITerminalKeyVerifier? verifier, Dictionary<string, string?>? settings = null) =>
        TerminalCallerApp.StartAsync(verifier, settings);

    private static Task<HttpResponseMessage> SendAsync(TestApp test, string path, string apiKey, HttpMethod? method = null) =>
        TerminalCallerApp.SendAsync(test, path, apiKey: apiKey, method: method);
}
