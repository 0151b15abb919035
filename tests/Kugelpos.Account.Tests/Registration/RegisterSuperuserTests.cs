using System.Net;
using Kugelpos.Account.Tenants;
using Kugelpos.Account.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Account.Tests.Registration;

public class RegisterSuperuserTests
{
    [Fact]
    public async Task Registering_with_a_tenant_id_creates_that_tenant_and_its_superuser()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterAsync(new { username = "admin", password = "first-secret", tenantId = "T1000" });
        var body = await Json.ReadAsync(response);
        var data = body.GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal(201, body.GetProperty("code").GetInt32());
        Assert.Equal("User registration successful", body.GetProperty("message").GetString());
        Assert.Equal("register_super_user", body.GetProperty("operation").GetString());
        Assert.Equal(
            ["username", "password", "tenantId", "hashedPassword", "isSuperuser", "isActive", "createdAt", "updatedAt", "lastLogin"],
            data.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("admin", data.GetProperty("username").GetString());
        Assert.Equal("*****", data.GetProperty("password").GetString());
        Assert.Equal("T1000", data.GetProperty("tenantId").GetString());
        Assert.Equal("*****", data.GetProperty("hashedPassword").GetString());
        Assert.True(data.GetProperty("isSuperuser").GetBoolean());
        Assert.True(data.GetProperty("isActive").GetBoolean());
        Assert.Equal(AccountTestService.Start, data.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("updatedAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("lastLogin").ValueKind);
    }

    [Fact]
    public async Task A_snake_case_tenant_id_registers_that_tenant_as_the_originals_clients_send_it()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterRawAsync("""{"username":"admin","password":"first-secret","tenant_id":"T9900"}""");
        var data = (await Json.ReadAsync(response)).GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("T9900", data.GetProperty("tenantId").GetString());
        Assert.NotEmpty(await service.TokenAsync("admin", "first-secret", "T9900"));
    }

    [Fact]
    public async Task The_password_is_stored_as_a_2b_bcrypt_hash_with_the_configured_work_factor()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");

        var stored = await service.StoredUserAsync("T1000", "admin");

        Assert.StartsWith("$2b$04$", stored.HashedPassword, StringComparison.Ordinal);
        Assert.True(BCrypt.Net.BCrypt.Verify("first-secret", stored.HashedPassword));
        Assert.Equal(AccountTestService.Start, stored.CreatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Registering_without_a_tenant_id_generates_one_letter_and_four_digits(string? tenantId)
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterAsync(new { username = "admin", password = "first-secret", tenantId });
        var generated = (await Json.ReadAsync(response)).GetProperty("data").GetProperty("tenantId").GetString()!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches("^[A-Z][1-9][0-9]{3}$", generated);
        Assert.NotEmpty(await service.TokenAsync("admin", "first-secret", generated));
    }

    [Fact]
    public async Task A_generated_tenant_id_that_is_already_taken_is_skipped_for_the_next_one()
    {
        var ids = new ScriptedTenantIds("A1000", "A1000", "B2000");
        await using var service = await AccountTestService.StartAsync(configure: b => b.Services.AddSingleton<TenantIdGenerator>(ids));

        using var first = await service.RegisterAsync(new { username = "admin", password = "first-secret" });
        using var second = await service.RegisterAsync(new { username = "admin", password = "second-secret" });

        Assert.Equal("A1000", (await Json.ReadAsync(first)).GetProperty("data").GetProperty("tenantId").GetString());
        Assert.Equal("B2000", (await Json.ReadAsync(second)).GetProperty("data").GetProperty("tenantId").GetString());
        Assert.Equal(3, ids.Proposed);
    }

    [Fact]
    public async Task A_taken_tenant_id_is_refused_with_409_naming_tenantId_and_the_tenant_is_unchanged()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "first-secret");

        using var response = await service.RegisterAsync(new { username = "intruder", password = "other-secret", tenantId = "T1000" });
        var body = await Json.ReadAsync(response);
        using var intruderLogin = await service.LoginAsync("intruder", "other-secret", "T1000");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(409, body.GetProperty("code").GetInt32());
        Assert.Equal(AccountErrorCodes.TenantAlreadyExists, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(["tenantId"], Json.ErrorFields(body));
        Assert.Equal(HttpStatusCode.Unauthorized, intruderLogin.StatusCode);
        Assert.NotEmpty(await service.TokenAsync("admin", "first-secret", "T1000"));
    }

    [Fact]
    public async Task Tenant_ids_that_differ_only_in_case_are_the_same_tenant()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("Shop_1", "admin", "first-secret");

        using var response = await service.RegisterAsync(new { username = "admin", password = "other-secret", tenantId = "SHOP_1" });
        using var otherCaseLogin = await service.LoginAsync("admin", "first-secret", "shop_1");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["tenantId"], Json.ErrorFields(await Json.ReadAsync(response)));
        Assert.Equal(HttpStatusCode.Unauthorized, otherCaseLogin.StatusCode);
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_tenant_id_create_it_exactly_once()
    {
        await using var service = await AccountTestService.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(n =>
            service.RegisterAsync(new { username = $"admin{n}", password = $"secret-{n}", tenantId = "RACE" })));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var winner = (await Json.ReadAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Created)))
            .GetProperty("data").GetProperty("username").GetString()!;
        var logins = await Task.WhenAll(Enumerable.Range(0, 8).Select(n =>
            service.LoginAsync($"admin{n}", $"secret-{n}", "RACE")));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal([winner], logins.Select((r, n) => (r, n)).Where(x => x.r.StatusCode == HttpStatusCode.OK).Select(x => $"admin{x.n}"));
        foreach (var response in responses.Concat(logins))
        {
            response.Dispose();
        }
    }
}
