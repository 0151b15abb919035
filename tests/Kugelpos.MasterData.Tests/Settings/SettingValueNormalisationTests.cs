using System.Net;
using System.Text.Json;
using Kugelpos.MasterData.Tests.Support;

namespace Kugelpos.MasterData.Tests.Settings;

/// <summary>Values that look like JSON are stored as the original stores them, so the cart parses them as JSON.</summary>
public class SettingValueNormalisationTests
{
    private const string Tenant = "T0001";
    private const string Path = $"/api/v1/tenants/{Tenant}/settings";
    private const string Header = "[{'text': 'Hello', 'align': 'left'}]";
    private const string HeaderJson = "[{\"text\": \"Hello\", \"align\": \"left\"}]";

    [Fact]
    public async Task A_created_setting_reads_back_with_its_values_as_json()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);

        using var created = await service.SendAsync(
            HttpMethod.Post,
            Path,
            new
            {
                name = "receipt_header",
                defaultValue = Header,
                values = new object[]
                {
                    new { storeCode = "S001", value = "{'size': 1.50, 'bold': True}" },
                    new { storeCode = "S001", terminalNo = 2, value = "[bad literal!]" },
                    new { value = "plain text" },
                },
            },
            user);
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: user);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HeaderJson, (await Json.ReadAsync(created)).GetProperty("data").GetProperty("defaultValue").GetString());
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal(HeaderJson, data.GetProperty("defaultValue").GetString());
        Assert.Equal(["{\"size\": 1.5, \"bold\": true}", "[bad literal!]", "plain text"], Values(data));
    }

    [Fact]
    public async Task An_updated_setting_reads_back_with_its_values_as_json()
    {
        await using var service = await MasterDataTestService.StartAsync();
        var user = service.UserToken(Tenant);
        using var created = await service.SendAsync(
            HttpMethod.Post, Path, new { name = "receipt_header", defaultValue = "x", values = Array.Empty<object>() }, user);

        using var updated = await service.SendAsync(
            HttpMethod.Put,
            $"{Path}/receipt_header",
            new { defaultValue = "{\"lines\":[1,2.0,1e-5]}", values = new[] { new { storeCode = "S001", value = Header } } },
            user);
        using var read = await service.SendAsync(HttpMethod.Get, $"{Path}/receipt_header", bearer: user);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var data = (await Json.ReadAsync(read)).GetProperty("data");
        Assert.Equal("{\"lines\": [1, 2.0, 1e-05]}", data.GetProperty("defaultValue").GetString());
        Assert.Equal([HeaderJson], Values(data));
    }

    [Theory]
    [InlineData("S001", 1, HeaderJson)]
    [InlineData("S002", 1, "{\"fallback\": null}")]
    public async Task The_value_endpoint_answers_the_normalised_value(string store, int terminal, string expected)
    {
        await using var service = await MasterDataTestService.StartAsync();
        using var created = await service.SendAsync(
            HttpMethod.Post,
            Path,
            new { name = "receipt_header", defaultValue = "{'fallback': None}", values = new[] { new { storeCode = "S001", value = Header } } },
            service.UserToken(Tenant));

        using var response = await service.SendAsync(
            HttpMethod.Get, $"{Path}/receipt_header/value?store_code={store}&terminal_no={terminal}", bearer: service.TerminalToken(Tenant));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(expected, (await Json.ReadAsync(response)).GetProperty("data").GetProperty("value").GetString());
    }

    private static string[] Values(JsonElement data) =>
        [.. data.GetProperty("values").EnumerateArray().Select(value => value.GetProperty("value").GetString()!)];
}
