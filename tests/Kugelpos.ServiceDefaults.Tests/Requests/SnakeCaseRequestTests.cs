using System.Net;
using System.Text;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.ServiceDefaults.Tests.Requests;

public class SnakeCaseRequestTests
{
    private static readonly JsonSerializerOptions PlainWeb = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_camel_case_body_is_bound()
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(
            test.Client, """{"tenantId":"T9900","storeCode":"5678","terminalNo":3,"initialAmount":500,"lines":[{"qty":2,"unitPrice":1.5}]}""");

        await AssertBoundAsync(response);
    }

    [Fact]
    public async Task A_snake_case_body_is_bound_nested_objects_included()
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(
            test.Client, """{"tenant_id":"T9900","store_code":"5678","terminal_no":3,"initial_amount":500,"lines":[{"qty":2,"unit_price":1.5}]}""");

        await AssertBoundAsync(response);
    }

    [Theory]
    [InlineData("""{"tenantId":"CAMEL","tenant_id":"SNAKE","storeCode":"1","terminalNo":1}""")]
    [InlineData("""{"tenant_id":"SNAKE","tenantId":"CAMEL","storeCode":"1","terminalNo":1}""")]
    public async Task When_both_spellings_are_sent_the_camel_case_value_wins_in_either_order(string json)
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(test.Client, json);
        var data = (await Json.ReadAsync(response)).GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("CAMEL", data.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Constructor_bound_members_take_only_their_camel_case_name()
    {
        await using var test = await RequestApp.StartAsync();

        using var snake = await PostAsync(test.Client, """{"store_code":"5678"}""", "api/v1/terminals/positional");
        using var camel = await PostAsync(test.Client, """{"storeCode":"5678"}""", "api/v1/terminals/positional");

        Assert.Equal(JsonValueKind.Null, (await Json.ReadAsync(snake)).GetProperty("data").GetProperty("storeCode").ValueKind);
        Assert.Equal("5678", (await Json.ReadAsync(camel)).GetProperty("data").GetProperty("storeCode").GetString());
    }

    [Fact]
    public void Serialization_is_unchanged_by_the_aliases()
    {
        var request = new OpenTerminalRequest { TenantId = "T9900", StoreCode = "5678", TerminalNo = 3, Lines = [new CashLine { Qty = 1 }] };
        Assert.Equal(JsonSerializer.Serialize(request, PlainWeb), JsonSerializer.Serialize(request, KugelposJson.Options));
        Assert.DoesNotContain("_", JsonSerializer.Serialize(request, KugelposJson.Options), StringComparison.Ordinal);
    }

    private static async Task AssertBoundAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var data = (await Json.ReadAsync(response)).GetProperty("data");
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        Assert.Equal("T9900", data.GetProperty("tenantId").GetString());
        Assert.Equal("5678", data.GetProperty("storeCode").GetString());
        Assert.Equal(3, data.GetProperty("terminalNo").GetInt32());
        Assert.Equal(500m, data.GetProperty("initialAmount").GetDecimal());
        Assert.Equal(1.5m, data.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal());
        Assert.All(data.EnumerateObject(), p => Assert.DoesNotContain("_", p.Name, StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string path = "api/v1/terminals") =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
