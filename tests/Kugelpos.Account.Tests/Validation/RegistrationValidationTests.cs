using System.Net;
using Kugelpos.Account.Tests.Support;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.Account.Tests.Validation;

public class RegistrationValidationTests
{
    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"password":"secret"}""", "username" },
        { """{"username":"","password":"secret"}""", "username" },
        { """{"username":"   ","password":"secret"}""", "username" },
        { $$"""{"username":"{{new string('u', 101)}}","password":"secret"}""", "username" },
        { """{"username":"ad\u0007min","password":"secret"}""", "username" },
        { """{"username":"ad\nmin","password":"secret"}""", "username" },
        { """{"username":5,"password":"secret"}""", "username" },
        { """{"username":"admin"}""", "password" },
        { """{"username":"admin","password":""}""", "password" },
        { """{"username":"admin","password":true}""", "password" },
        { $$"""{"username":"admin","password":"{{new string('p', 73)}}"}""", "password" },

        // 25 characters, 75 bytes: the limit is bcrypt's, in bytes.
        { $$"""{"username":"admin","password":"{{string.Concat(Enumerable.Repeat("\u3042", 25))}}"}""", "password" },
        { """{"username":"admin","password":"secret","tenantId":"bad-id"}""", "tenantId" },
        { """{"username":"admin","password":"secret","tenantId":" "}""", "tenantId" },
        { """{"username":"admin","password":"secret","tenantId":"../T1"}""", "tenantId" },
        { $$"""{"username":"admin","password":"secret","tenantId":"{{new string('T', 33)}}"}""", "tenantId" },
        { """{"username":"admin","password":"secret","tenantId":42}""", "tenantId" },
        { "[]", "body" },
        { "\"admin\"", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_registration_is_a_422_naming_the_field(string json, string field)
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterRawAsync(json);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(KugelposErrorCodes.ValidationError, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal([field], Json.ErrorFields(body));
        Assert.Empty(Directory.EnumerateFiles(service.DataPath, "db_account_T*"));
    }

    [Theory]
    [InlineData("""{"username":""")]
    [InlineData("""{"username":"admin" "password":"secret"}""")]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_body_that_is_missing_or_not_json_is_a_400_envelope(string text)
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterRawAsync(text);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Equal(["body"], Json.ErrorFields(body));
    }

    [Fact]
    public async Task Every_broken_field_is_reported_in_one_422()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterRawAsync($$"""{"username":" ","password":"{{new string('p', 73)}}","tenant_id":"bad-id"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["username", "password", "tenantId"], Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_json_is_a_415_envelope()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.RegisterRawAsync("username=admin&password=secret", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, (await Json.ReadAsync(response)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_password_of_exactly_72_bytes_is_accepted_and_verified_in_full()
    {
        await using var service = await AccountTestService.StartAsync();
        var password = new string('p', 71) + "q";

        await service.RegisterTenantAsync("T1000", "admin", password);
        using var lastByteWrong = await service.LoginAsync("admin", new string('p', 72), "T1000");

        Assert.NotEmpty(await service.TokenAsync("admin", password, "T1000"));
        Assert.Equal(HttpStatusCode.Unauthorized, lastByteWrong.StatusCode);
    }

    [Fact]
    public async Task A_superuser_adding_a_user_meets_the_same_rules()
    {
        await using var service = await AccountTestService.StartAsync();
        var token = await service.SuperuserTokenAsync();

        using var response = await service.RegisterUserAsync(token, new { username = "clerk", password = new string('p', 73) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["password"], Json.ErrorFields(await Json.ReadAsync(response)));
    }
}
