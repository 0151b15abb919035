using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.MasterData.Tests.Staff;

public class StaffPinTests
{
    private const string Tenant = MasterDataApi.Tenant;
    private const string Path = $"/api/v1/tenants/{Tenant}/staff";
    private const string Pin = "739154";

    [Fact]
    public async Task A_service_token_reads_staff_for_sign_in_without_the_pin()
    {
        await using var service = await StartWithStaffAsync();

        using var one = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: service.ServiceToken(Tenant));
        using var all = await service.SendAsync(HttpMethod.Get, Path, bearer: service.ServiceToken(Tenant));
        var oneData = (await Json.ReadAsync(one)).GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal("Alice", oneData.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, oneData.GetProperty("pin").ValueKind);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.DoesNotContain(Pin, await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_reads_staff_without_the_pin()
    {
        await using var service = await StartWithStaffAsync();

        using var one = await service.SendAsync(HttpMethod.Get, $"{Path}/S01", bearer: service.TerminalToken(Tenant));
        using var all = await service.SendAsync(HttpMethod.Get, Path, bearer: service.TerminalToken(Tenant));

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Json.ReadAsync(one)).GetProperty("data").GetProperty("pin").ValueKind);
        Assert.DoesNotContain(Pin, await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_calling_with_its_api_key_reads_staff_without_the_pin()
    {
        await using var service = await StartWithStaffAsync(b => b.Services.AddSingleton<ITerminalKeyVerifier>(new OneTerminalKey()));
        var key = new Dictionary<string, string> { ["X-API-KEY"] = OneTerminalKey.ApiKey };

        using var one = await service.SendAsync(HttpMethod.Get, $"{Path}/S01?terminal_id={OneTerminalKey.TerminalId}", headers: key);
        using var all = await service.SendAsync(HttpMethod.Get, $"{Path}?terminal_id={OneTerminalKey.TerminalId}&is_terminal_service=false", headers: key);
        using var write = await service.SendAsync(
            HttpMethod.Put, $"{Path}/S01?terminal_id={OneTerminalKey.TerminalId}", new { name = "M", pin = "1", roles = Array.Empty<string>() }, headers: key);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Json.ReadAsync(one)).GetProperty("data").GetProperty("pin").ValueKind);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.DoesNotContain(Pin, await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(write.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, write.StatusCode.ToString());
    }

    [Fact]
    public async Task A_user_of_the_tenant_reads_the_pin_back_as_the_original_returns_it()
    {
        await using var service = await StartWithStaffAsync();

        using var response = await service.SendAsync(HttpMethod.Get, Path, bearer: service.UserToken(Tenant, "clerk", isSuperuser: false));

        Assert.Equal(Pin, (await Json.ReadAsync(response)).GetProperty("data")[0].GetProperty("pin").GetString());
    }

    [Fact]
    public async Task The_pin_is_stored_encrypted_and_never_logged()
    {
        await using var service = await StartWithStaffAsync();
        using var update = await service.SendAsync(
            HttpMethod.Put, $"{Path}/S01", new { name = "Alice", pin = "582046", roles = Array.Empty<string>() }, service.UserToken(Tenant));
        using var refused = await service.SendAsync(
            HttpMethod.Post, Path, new { id = "S01", name = "Alice", pin = "660913", roles = Array.Empty<string>() }, service.UserToken(Tenant));

        var stored = string.Concat(Directory.GetFiles(service.DataPath, "*", SearchOption.AllDirectories)
            .Where(file => !file.Contains("keys", StringComparison.Ordinal))
            .Select(file => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file))));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Alice", stored, StringComparison.Ordinal);
        foreach (var pin in new[] { Pin, "582046", "660913" })
        {
            Assert.DoesNotContain(pin, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(pin, service.Logs.Text, StringComparison.Ordinal);
        }
    }

    private static async Task<ServiceTestHost> StartWithStaffAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var service = await MasterDataTestService.StartAsync(configure: configure);
        using var created = await service.SendAsync(
            HttpMethod.Post, Path, new { id = "S01", name = "Alice", pin = Pin, roles = new[] { "cashier" } }, service.UserToken(Tenant));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return service;
    }
}
