using System.Net;
using Kugelpos.Account.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Kugelpos.Account.Tests.Login;

public class LoginTests
{
    [Fact]
    public async Task A_login_answers_a_bare_bearer_token_naming_user_tenant_and_role_for_30_minutes()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");

        using var response = await service.LoginAsync("admin", "first-secret", "T1000");
        var body = await Json.ReadAsync(response);
        var token = new JsonWebTokenHandler().ReadJsonWebToken(body.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["access_token", "token_type"], body.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("HS256", token.Alg);
        Assert.Equal("admin", token.GetPayloadValue<string>("sub"));
        Assert.Equal("T1000", token.GetPayloadValue<string>("tenant_id"));
        Assert.True(token.GetPayloadValue<bool>("is_superuser"));
        Assert.Equal((AccountTestService.Start + TimeSpan.FromMinutes(30)).ToUnixTimeSeconds(), token.GetPayloadValue<long>("exp"));
    }

    [Fact]
    public async Task A_regular_users_token_says_it_is_not_a_superuser()
    {
        await using var service = await AccountTestService.StartAsync();
        var adminToken = await service.SuperuserTokenAsync();
        await service.AddUserAsync(adminToken, "clerk", "clerk-secret");

        var token = new JsonWebTokenHandler().ReadJsonWebToken(await service.TokenAsync("clerk", "clerk-secret", "T1000"));

        Assert.Equal("clerk", token.GetPayloadValue<string>("sub"));
        Assert.False(token.GetPayloadValue<bool>("is_superuser"));
    }

    [Fact]
    public async Task Wrong_password_unknown_user_unknown_tenant_and_inactive_user_are_refused_identically()
    {
        await using var service = await AccountTestService.StartAsync();
        var adminToken = await service.SuperuserTokenAsync();
        await service.AddUserAsync(adminToken, "gone", "gone-secret");
        var gone = await service.StoredUserAsync("T1000", "gone");
        await service.StoreUserAsync(gone with { IsActive = false });

        var refusals = new List<(HttpResponseMessage Response, string Body)>();
        foreach (var (username, password, tenantId) in new[]
        {
            ("admin", "wrong-secret", "T1000"),
            ("nobody", "first-secret", "T1000"),
            ("admin", "first-secret", "T9999"),
            ("gone", "gone-secret", "T1000"),
        })
        {
            var response = await service.LoginAsync(username, password, tenantId);
            refusals.Add((response, await response.Content.ReadAsStringAsync()));
        }

        var expected = refusals[0].Body;
        Assert.Contains("\"message\":\"Incorrect username, password or tenant_id\"", expected, StringComparison.Ordinal);
        Assert.Contains("\"code\":401", expected, StringComparison.Ordinal);
        Assert.All(refusals, refusal =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refusal.Response.StatusCode);
            Assert.Equal("Bearer", refusal.Response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal(expected, refusal.Body);
            refusal.Response.Dispose();
        });
        Assert.Null((await service.StoredUserAsync("T1000", "gone")).LastLogin);
        Assert.Empty(Directory.EnumerateFiles(service.DataPath, "*T9999*"));
    }

    [Fact]
    public async Task A_successful_login_records_the_time_of_the_last_login()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");
        service.Time.Advance(TimeSpan.FromMinutes(5));

        await service.TokenAsync("admin", "first-secret", "T1000");
        var stored = await service.StoredUserAsync("T1000", "admin");

        Assert.Equal(AccountTestService.Start + TimeSpan.FromMinutes(5), stored.LastLogin);
        Assert.Equal(AccountTestService.Start, stored.CreatedAt);
        Assert.True(stored.IsSuperuser);
    }

    [Fact]
    public async Task A_refused_login_leaves_the_last_login_alone()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");

        using var refused = await service.LoginAsync("admin", "wrong-secret", "T1000");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null((await service.StoredUserAsync("T1000", "admin")).LastLogin);
    }

    [Fact]
    public async Task A_hash_made_by_the_original_python_service_still_verifies()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");
        var admin = await service.StoredUserAsync("T1000", "admin");

        // A pyca/bcrypt test vector: the library behind the original's passlib wrote hashes like it.
        await service.StoreUserAsync(admin with { HashedPassword = "$2b$04$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm" });

        Assert.NotEmpty(await service.TokenAsync("admin", "Kk4DQuMMfZL9o", "T1000"));
    }

    [Fact]
    public async Task A_stored_hash_that_is_not_bcrypt_refuses_the_login_instead_of_failing()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");
        var admin = await service.StoredUserAsync("T1000", "admin");
        await service.StoreUserAsync(admin with { HashedPassword = "first-secret" });

        using var response = await service.LoginAsync("admin", "first-secret", "T1000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
