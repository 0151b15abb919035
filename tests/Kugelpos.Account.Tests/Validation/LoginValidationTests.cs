using System.Net;
using System.Net.Http.Json;
using Kugelpos.Account.Tests.Support;

namespace Kugelpos.Account.Tests.Validation;

public class LoginValidationTests
{
    public static TheoryData<string, string> InvalidForms => new()
    {
        { "password=secret&client_id=T1000", "username" },
        { "username=&password=secret&client_id=T1000", "username" },
        { "username=admin&client_id=T1000", "password" },
        { "username=admin&password=&client_id=T1000", "password" },
        { "username=admin&password=secret", "client_id" },
        { "username=admin&password=secret&client_id=", "client_id" },
        { "username=admin&password=secret&client_id=bad-id", "client_id" },
        { "username=admin&password=secret&client_id=..%2FT1000", "client_id" },
        { "grant_type=client_credentials&username=admin&password=secret&client_id=T1000", "grant_type" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task An_incomplete_login_form_is_a_422_naming_the_field(string form, string field)
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "secret");

        using var response = await service.Client.PostAsync(
            new Uri("api/v1/accounts/token", UriKind.Relative),
            new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("login_for_access_token", body.GetProperty("operation").GetString());
        Assert.Equal([field], Json.ErrorFields(body));
    }

    [Fact]
    public async Task Every_broken_field_of_a_login_form_is_reported_in_one_422()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.LoginAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "bad-id",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["username", "password", "client_id", "grant_type"], Json.ErrorFields(await Json.ReadAsync(response)));
    }

    [Fact]
    public async Task The_optional_oauth2_fields_may_be_left_out_or_carry_anything()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "secret");

        using var bare = await service.LoginAsync(new Dictionary<string, string>
        {
            ["username"] = "admin", ["password"] = "secret", ["client_id"] = "T1000",
        });
        using var full = await service.LoginAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "admin", ["password"] = "secret", ["client_id"] = "T1000",
            ["scope"] = "anything", ["client_secret"] = "ignored",
        });

        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }

    [Fact]
    public async Task A_login_sent_as_json_is_a_415_envelope()
    {
        await using var service = await AccountTestService.StartAsync();

        using var response = await service.Client.PostAsJsonAsync(
            new Uri("api/v1/accounts/token", UriKind.Relative),
            new { username = "admin", password = "secret", client_id = "T1000" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, (await Json.ReadAsync(response)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_overlong_username_or_password_at_login_is_just_a_refused_login()
    {
        await using var service = await AccountTestService.StartAsync();
        await service.RegisterTenantAsync("T1000", "admin", "secret");

        using var longUsername = await service.LoginAsync(new string('u', 5000), "secret", "T1000");
        using var longPassword = await service.LoginAsync("admin", new string('p', 5000), "T1000");

        Assert.Equal(HttpStatusCode.Unauthorized, longUsername.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, longPassword.StatusCode);
    }
}
