using System.Net;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Staff;

public class StaffAccessTests
{
    private const string Path = "/api/v1/tenants/T0001/staff";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", Path },
        { "GET", $"{Path}/S01" },
        { "POST", Path },
        { "PUT", $"{Path}/S01" },
        { "DELETE", $"{Path}/S01" },
    };

    public static TheoryData<string, string> Writes => new()
    {
        { "POST", Path },
        { "PUT", $"{Path}/S01" },
        { "DELETE", $"{Path}/S01" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_token_every_endpoint_is_a_401(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(new HttpMethod(method), path, Body(method));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Another_tenants_token_is_refused_and_sees_nothing(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("POST"), service.UserToken("T0001"));

        using var response = await service.SendAsync(new HttpMethod(method), path, Body(method), service.UserToken("T0002"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Alice", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_service_or_terminal_token_cannot_write_and_changes_nothing(string method, string path)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(HttpMethod.Post, Path, Body("POST"), service.UserToken("T0001"));

        using var asService = await service.SendAsync(new HttpMethod(method), path, Body(method, "Mallory"), service.ServiceToken("T0001"));
        using var asTerminal = await service.SendAsync(new HttpMethod(method), path, Body(method, "Mallory"), service.TerminalToken("T0001"));

        Assert.Equal(HttpStatusCode.Forbidden, asService.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asTerminal.StatusCode);
        using var read = await service.SendAsync(HttpMethod.Get, Path, bearer: service.UserToken("T0001"));
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal(1, data.GetArrayLength());
        Assert.Equal("Alice", data[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_staff()
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var a = await service.SendAsync(HttpMethod.Post, Path, Body("POST"), service.UserToken("T0001"));

        using var other = await service.SendAsync(HttpMethod.Get, "/api/v1/tenants/T0002/staff/S01", bearer: service.UserToken("T0002"));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Reads_accept_the_terminal_query_parameters_of_the_original()
    {
        await using var service = await MasterDataTestService.StartAsync();

        using var response = await service.SendAsync(
            HttpMethod.Get, $"{Path}?terminal_id=T0001-S001-1&is_terminal_service=true", bearer: service.TerminalToken("T0001"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static object? Body(string method, string name = "Alice") => method switch
    {
        "POST" => new { id = "S01", name, pin = "1234", roles = Array.Empty<string>() },
        "PUT" => new { name, pin = "1234", roles = Array.Empty<string>() },
        _ => null,
    };
}
