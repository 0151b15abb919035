using System.Net;
using System.Net.Http.Headers;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public class ServiceTokenTests
{
    private static readonly Dictionary<string, string?> JwtSettings = new() { ["Kugelpos:Jwt:Secret"] = TestTokens.Secret };

    [Fact]
    public async Task A_service_token_carries_the_originals_claims_for_5_minutes()
    {
        await using var test = await StartAsync();

        var token = new JsonWebToken(Issuer(test).IssueServiceToken("report", "A1234"));

        Assert.Equal("HS256", token.Alg);
        Assert.Equal("service:report", token.GetPayloadValue<string>("sub"));
        Assert.Equal("A1234", token.GetPayloadValue<string>("tenant_id"));
        Assert.Equal("report", token.GetPayloadValue<string>("service"));
        Assert.True(token.GetPayloadValue<bool>("is_service_account"));
        Assert.False(token.GetPayloadValue<bool>("is_superuser"));
        Assert.Equal(test.Time.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds(), token.GetPayloadValue<long>("exp"));
    }

    [Fact]
    public async Task An_endpoint_tells_a_service_caller_from_a_user()
    {
        await using var test = await StartAsync();

        using var service = await GetAsync(test, "/api/v1/tenants/A1234/caller", Issuer(test).IssueServiceToken("report", "A1234"));
        using var user = await GetAsync(test, "/api/v1/tenants/A1234/caller", Issuer(test).Issue("admin", "A1234", isSuperuser: true));
        var serviceCaller = (await Json.ReadAsync(service)).GetProperty("data");
        var userCaller = (await Json.ReadAsync(user)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, service.StatusCode);
        Assert.True(serviceCaller.GetProperty("isService").GetBoolean());
        Assert.Equal("report", serviceCaller.GetProperty("serviceName").GetString());
        Assert.False(serviceCaller.GetProperty("isSuperuser").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.False(userCaller.GetProperty("isService").GetBoolean());
        Assert.True(userCaller.GetProperty("isSuperuser").GetBoolean());
    }

    [Fact]
    public async Task A_token_made_as_the_original_makes_it_is_accepted_as_a_service_caller()
    {
        await using var test = await StartAsync();
        var now = test.Time.GetUtcNow().UtcDateTime;
        var token = TestTokens.Create(
            TestTokens.Secret,
            new Dictionary<string, object>
            {
                ["sub"] = "service:journal", ["tenant_id"] = "A1234", ["service"] = "journal",
                ["is_service_account"] = true, ["is_superuser"] = false,
            },
            expires: now.AddMinutes(5),
            issuedAt: now);

        using var response = await GetAsync(test, "/api/v1/tenants/A1234/caller", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("journal", (await Json.ReadAsync(response)).GetProperty("data").GetProperty("serviceName").GetString());
    }

    [Fact]
    public async Task A_service_token_for_tenant_a_is_refused_on_tenant_bs_data_with_a_403_envelope()
    {
        await using var test = await StartAsync();
        var token = Issuer(test).IssueServiceToken("report", "A1234");

        using var other = await GetAsync(test, "/api/v1/tenants/B5678/caller", token);
        using var own = await GetAsync(test, "/api/v1/tenants/A1234/caller", token);

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(KugelposErrorCodes.AuthorizationError, (await Json.ReadAsync(other)).GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_user_token_for_tenant_a_is_refused_on_tenant_bs_data_too()
    {
        await using var test = await StartAsync();

        using var response = await GetAsync(test, "/api/v1/tenants/B5678/caller", Issuer(test).Issue("admin", "A1234", isSuperuser: true));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_service_token_expires_after_its_5_minutes()
    {
        await using var test = await StartAsync();
        var token = Issuer(test).IssueServiceToken("report", "A1234");

        test.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        using var justBefore = await GetAsync(test, "/api/v1/tenants/A1234/caller", token);
        test.Time.Advance(TimeSpan.FromSeconds(2));
        using var justAfter = await GetAsync(test, "/api/v1/tenants/A1234/caller", token);

        Assert.Equal(HttpStatusCode.OK, justBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, justAfter.StatusCode);
    }

    [Fact]
    public async Task A_user_token_cannot_be_made_to_look_like_a_service_token()
    {
        await using var test = await StartAsync();

        Assert.Throws<ArgumentException>(() => Issuer(test).Issue(
            "service:report", "A1234", false, additionalClaims: new Dictionary<string, object> { ["is_service_account"] = true }));
    }

    private static KugelposTokenIssuer Issuer(TestApp test) => test.App.Services.GetRequiredService<KugelposTokenIssuer>();

    private static Task<TestApp> StartAsync() => TestApp.StartAsync(
        app => app.MapApiGroup("/api/v1/tenants/{tenant_id}")
            .RequireAuthorization(KugelposPolicies.Tenant)
            .MapGet("/caller", (KugelposCaller caller) => ApiResults.Ok(caller, "Caller", "get_caller")),
        JwtSettings,
        builder => builder.AddKugelposJwt());

    private static async Task<HttpResponseMessage> GetAsync(TestApp test, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await test.Client.SendAsync(request);
    }
}
