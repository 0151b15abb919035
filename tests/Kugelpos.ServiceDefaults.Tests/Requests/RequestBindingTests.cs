using System.Net;
using System.Text;
using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.ServiceDefaults.Tests.Requests;

public class RequestBindingTests
{
    [Fact]
    public async Task Every_broken_field_of_a_body_is_reported_together_by_its_camel_case_path()
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(
            test.Client, """{"store_code":"12345678901","terminal_no":0,"lines":[{"qty":1},{"qty":100}]}""");
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.ValidationError, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(["tenantId", "storeCode", "terminalNo", "lines[1].qty"], Json.ErrorFields(body));
    }

    [Theory]
    [InlineData("""{"tenantId":"T1","storeCode":"1","terminalNo":"three"}""", "terminalNo")]
    [InlineData("""{"tenantId":"T1","storeCode":"1","terminalNo":1,"lines":[{"qty":"x"}]}""", "lines[0].qty")]
    [InlineData("""{"tenant_id":42,"storeCode":"1","terminalNo":1}""", "tenant_id")]
    [InlineData("""[]""", "body")]
    [InlineData("\"T1\"", "body")]
    public async Task A_value_of_the_wrong_type_is_a_422_naming_the_field(string json, string field)
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(test.Client, json);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("open_terminal", body.GetProperty("operation").GetString());
        Assert.Equal([field], Json.ErrorFields(body));
    }

    [Theory]
    [InlineData("""{"tenantId":""")]
    [InlineData("""{"tenantId":"T1" "storeCode":"1"}""")]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_body_that_is_missing_or_not_json_is_a_400_naming_the_body(string text)
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(test.Client, text);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Equal(["body"], Json.ErrorFields(body));
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_json_is_a_415_naming_the_body()
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await PostAsync(test.Client, "tenantId=T1", "application/x-www-form-urlencoded");
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["body"], Json.ErrorFields(body));
    }

    [Fact]
    public async Task A_route_value_of_the_wrong_type_is_a_400_naming_the_parameter_without_repeating_the_value()
    {
        await using var test = await RequestApp.StartAsync();

        using var response = await test.Client.GetAsync(new Uri("api/v1/terminals/by-number/sentinel-value", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["number"], Json.ErrorFields(await Json.ReadAsync(response)));
        Assert.DoesNotContain("sentinel-value", text, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string text, string contentType = "application/json") =>
        client.PostAsync(new Uri("api/v1/terminals", UriKind.Relative), new StringContent(text, Encoding.UTF8, contentType));
}
