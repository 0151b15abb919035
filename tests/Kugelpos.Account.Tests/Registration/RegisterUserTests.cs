using System.Net;
using Kugelpos.Account.Tests.Support;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Account.Tests.Registration;

public class RegisterUserTests
{
    private const string NotAuthorized = "You are not authorized to perform this action";

    [Fact]
    public async Task A_superuser_adds_a_regular_user_to_the_tenant_of_its_token_whatever_the_body_says()
    {
        await using var service = await AccountTestService.StartAsync();
        var token = await service.SuperuserTokenAsync();
        service.Time.Advance(TimeSpan.FromMinutes(1));

        using var response = await service.RegisterUserAsync(token, new { username = "clerk", password = "clerk-secret", tenantId = "T2000" });
        var body = await Json.ReadAsync(response);
        var data = body.GetProperty("data");
        using var otherTenant = await service.RegisterAsync(new { username = "admin", password = "x-secret", tenantId = "T2000" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("register_user_by_superuser", body.GetProperty("operation").GetString());
        Assert.Equal("User registration successful", body.GetProperty("message").GetString());
        Assert.Equal("clerk", data.GetProperty("username").GetString());
        Assert.Equal("T1000", data.GetProperty("tenantId").GetString());
        Assert.False(data.GetProperty("isSuperuser").GetBoolean());
        Assert.True(data.GetProperty("isActive").GetBoolean());
        Assert.Equal("*****", data.GetProperty("password").GetString());
        Assert.Equal("*****", data.GetProperty("hashedPassword").GetString());
        Assert.Equal(AccountTestService.Start + TimeSpan.FromMinutes(1), data.GetProperty("createdAt").GetDateTimeOffset());
        Assert.NotEmpty(await service.TokenAsync("clerk", "clerk-secret", "T1000"));
        Assert.Equal(HttpStatusCode.Created, otherTenant.StatusCode);
    }

    [Fact]
    public async Task A_regular_user_may_not_add_users()
    {
        await using var service = await AccountTestService.StartAsync();
        var adminToken = await service.SuperuserTokenAsync();
        await service.AddUserAsync(adminToken, "clerk", "clerk-secret");
        var clerkToken = await service.TokenAsync("clerk", "clerk-secret", "T1000");

        using var response = await service.RegisterUserAsync(clerkToken, new { username = "friend", password = "friend-secret" });

        await AssertNotAuthorizedAsync(response);
    }

    [Fact]
    public async Task A_token_that_claims_superuser_for_a_regular_user_is_checked_against_the_store()
    {
        await using var service = await AccountTestService.StartAsync();
        var adminToken = await service.SuperuserTokenAsync();
        await service.AddUserAsync(adminToken, "clerk", "clerk-secret");
        var forged = service.Services.GetRequiredService<KugelposTokenIssuer>().Issue("clerk", "T1000", isSuperuser: true);

        using var response = await service.RegisterUserAsync(forged, new { username = "friend", password = "friend-secret" });

        await AssertNotAuthorizedAsync(response);
    }

    [Fact]
    public async Task A_superuser_deactivated_after_login_can_no_longer_add_users()
    {
        await using var service = await AccountTestService.StartAsync();
        var token = await service.SuperuserTokenAsync();
        var admin = await service.StoredUserAsync("T1000", "admin");
        await service.StoreUserAsync(admin with { IsActive = false });

        using var response = await service.RegisterUserAsync(token, new { username = "clerk", password = "clerk-secret" });

        await AssertNotAuthorizedAsync(response);
    }

    [Fact]
    public async Task A_token_for_a_tenant_that_was_never_registered_is_refused_without_creating_its_database()
    {
        await using var service = await AccountTestService.StartAsync();
        var token = service.Services.GetRequiredService<KugelposTokenIssuer>().Issue("admin", "GHOST", isSuperuser: true);

        using var response = await service.RegisterUserAsync(token, new { username = "clerk", password = "clerk-secret" });

        await AssertNotAuthorizedAsync(response);
        Assert.Empty(Directory.EnumerateFiles(service.DataPath, "*GHOST*"));
    }

    [Fact]
    public async Task Without_a_token_the_request_is_refused_with_a_401_envelope()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterUserAsync(null, new { username = "clerk", password = "clerk-secret" });
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(401, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_expired_or_malformed_token_is_refused_with_a_401_envelope()
    {
        await using var service = await AccountTestService.StartAsync();
        var token = await service.SuperuserTokenAsync();
        service.Time.Advance(TimeSpan.FromMinutes(30));

        using var expired = await service.RegisterUserAsync(token, new { username = "clerk", password = "clerk-secret" });
        using var malformed = await service.RegisterUserAsync("not-a-jwt", new { username = "clerk", password = "clerk-secret" });

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(401, (await Json.ReadAsync(expired)).GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, malformed.StatusCode);
        Assert.Equal(401, (await Json.ReadAsync(malformed)).GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("clerk")]
    public async Task A_username_already_taken_in_the_tenant_is_refused_with_409_naming_username(string username)
    {
        await using var service = await AccountTestService.StartAsync();
        var token = await service.SuperuserTokenAsync();
        await service.AddUserAsync(token, "clerk", "clerk-secret");

        using var response = await service.RegisterUserAsync(token, new { username, password = "another-secret" });
        var body = await Json.ReadAsync(response);
        using var original = await service.LoginAsync(username, "another-secret", "T1000");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(AccountErrorCodes.UsernameAlreadyExists, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(["username"], Json.ErrorFields(body));
        Assert.Equal(HttpStatusCode.Unauthorized, original.StatusCode);
    }

    private static async Task AssertNotAuthorizedAsync(HttpResponseMessage response)
    {
        var body = await Json.ReadAsync(response);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(NotAuthorized, body.GetProperty("message").GetString());
        Assert.Equal("register_user_by_superuser", body.GetProperty("operation").GetString());
    }
}
