using System.Net;
using System.Net.Http.Headers;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public class JwtAuthenticationTests
{
    private static readonly Dictionary<string, string?> JwtSettings = new() { ["Kugelpos:Jwt:Secret"] = TestTokens.Secret };

    [Fact]
    public async Task A_valid_token_reaches_the_handler_with_its_claims()
    {
        await using var test = await StartAsync();
        var token = test.App.Services.GetRequiredService<KugelposTokenIssuer>().Issue("admin", "A1234", isSuperuser: true);

        using var response = await GetMeAsync(test, token);
        var data = (await Json.ReadAsync(response)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("admin", data.GetProperty("subject").GetString());
        Assert.Equal("A1234", data.GetProperty("tenantId").GetString());
        Assert.Equal("true", data.GetProperty("isSuperuser").GetString());
    }

    [Fact]
    public async Task A_token_signed_with_another_secret_gets_a_401_envelope()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Create(
            "another-secret-that-is-also-long-enough-to-sign",
            new Dictionary<string, object> { ["sub"] = "admin", ["tenant_id"] = "A1234", ["is_superuser"] = true },
            expires: now.AddMinutes(30),
            issuedAt: now);

        using var response = await GetMeAsync(test, token);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, body.GetProperty("code").GetInt32());
        Assert.Equal(KugelposErrorCodes.AuthenticationError, body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_is_accepted_until_its_30_minutes_are_up_by_the_injected_clock()
    {
        await using var test = await StartAsync();
        var token = test.App.Services.GetRequiredService<KugelposTokenIssuer>().Issue("admin", "A1234", isSuperuser: false);

        test.Time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        using var justBefore = await GetMeAsync(test, token);
        test.Time.Advance(TimeSpan.FromSeconds(2));
        using var justAfter = await GetMeAsync(test, token);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, justAfter.StatusCode);
        Assert.Equal(401, (await Json.ReadAsync(justAfter)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_token_without_a_tenant_gets_a_403_envelope()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Create(
            TestTokens.Secret,
            new Dictionary<string, object> { ["sub"] = "admin", ["is_superuser"] = false },
            expires: now.AddMinutes(30),
            issuedAt: now);

        using var response = await GetMeAsync(test, token);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, body.GetProperty("code").GetInt32());
        Assert.Equal(KugelposErrorCodes.AuthorizationError, body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_request_without_a_token_gets_a_401_envelope()
    {
        await using var test = await StartAsync();

        using var response = await test.Client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthenticationError, (await Json.ReadAsync(response)).GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Issued_tokens_carry_the_kugelpos_claims_and_a_30_minute_expiry()
    {
        await using var test = await StartAsync();
        var issuer = test.App.Services.GetRequiredService<KugelposTokenIssuer>();

        var token = new JsonWebToken(issuer.Issue("clerk", "T9999", isSuperuser: false));

        Assert.Equal("HS256", token.Alg);
        Assert.Equal("clerk", token.GetPayloadValue<string>("sub"));
        Assert.Equal("T9999", token.GetPayloadValue<string>("tenant_id"));
        Assert.False(token.GetPayloadValue<bool>("is_superuser"));
        Assert.Equal(test.Time.GetUtcNow().AddMinutes(30).ToUnixTimeSeconds(), token.GetPayloadValue<long>("exp"));
    }

    [Fact]
    public async Task The_issuer_refuses_to_redefine_standard_claims()
    {
        await using var test = await StartAsync();
        var issuer = test.App.Services.GetRequiredService<KugelposTokenIssuer>();

        Assert.Throws<ArgumentException>(() => issuer.Issue("clerk", "T9999", false, additionalClaims: new Dictionary<string, object> { ["tenant_id"] = "B0000" }));
        Assert.Throws<ArgumentException>(() => issuer.Issue("clerk", " ", false));
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("too-short-secret", "is 16 bytes")]
    public async Task An_unusable_secret_fails_start_up_naming_the_setting(string? secret, string reason)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(
            _ => { },
            new Dictionary<string, string?> { ["Kugelpos:Jwt:Secret"] = secret },
            builder => builder.AddKugelposJwt()));

        Assert.Contains("Kugelpos:Jwt:Secret", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static Task<TestApp> StartAsync() => TestApp.StartAsync(
        app => app.MapGet("/api/v1/me", (HttpContext context) => ApiResults.Ok(
                new
                {
                    Subject = context.User.Identity?.Name,
                    TenantId = context.User.FindFirst(KugelposClaims.TenantId)?.Value,
                    IsSuperuser = context.User.FindFirst(KugelposClaims.IsSuperuser)?.Value,
                },
                "Me",
                "get_me"))
            .RequireAuthorization(KugelposPolicies.Tenant),
        JwtSettings,
        builder => builder.AddKugelposJwt());

    private static async Task<HttpResponseMessage> GetMeAsync(TestApp test, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await test.Client.SendAsync(request);
    }
}
