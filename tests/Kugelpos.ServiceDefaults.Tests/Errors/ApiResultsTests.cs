using System.Net;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Tests.Errors;

public class ApiResultsTests
{
    [Fact]
    public async Task Ok_wraps_the_data_in_a_camel_case_envelope_with_enums_as_names()
    {
        await using var test = await TestApp.StartAsync(app => app.MapGet("/api/v1/terminals/t1",
            () => ApiResults.Ok(new TerminalView("A1234-S01-1", TerminalState.Opened), "Terminal found", "get_terminal")));

        using var response = await test.Client.GetAsync(new Uri("/api/v1/terminals/t1", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal(200, body.GetProperty("code").GetInt32());
        Assert.Equal("Terminal found", body.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("userError").ValueKind);
        Assert.Equal("get_terminal", body.GetProperty("operation").GetString());
        Assert.Equal("A1234-S01-1", body.GetProperty("data").GetProperty("terminalId").GetString());
        Assert.Equal("Opened", body.GetProperty("data").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Page_carries_the_paging_metadata()
    {
        await using var test = await TestApp.StartAsync(app => app.MapGet("/api/v1/items", () => ApiResults.Page(
            new[] { "A", "B" },
            new ResponseMetadata(12, 2, 2, "itemCode:1", new Dictionary<string, object?> { ["category"] = "FOOD" }),
            "Items found",
            "list_items")));

        using var response = await test.Client.GetAsync(new Uri("/api/v1/items", UriKind.Relative));
        var metadata = (await Json.ReadAsync(response)).GetProperty("metadata");

        Assert.Equal(12, metadata.GetProperty("total").GetInt64());
        Assert.Equal(2, metadata.GetProperty("page").GetInt32());
        Assert.Equal(2, metadata.GetProperty("limit").GetInt32());
        Assert.Equal("itemCode:1", metadata.GetProperty("sort").GetString());
        Assert.Equal("FOOD", metadata.GetProperty("filter").GetProperty("category").GetString());
    }

    [Fact]
    public async Task Created_answers_201()
    {
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/carts",
            () => ApiResults.Created(new { cartId = "c1" }, "Cart created", "create_cart")));

        using var response = await test.Client.PostAsync(new Uri("/api/v1/carts", UriKind.Relative), null);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(201, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Error_answers_the_given_status_with_the_error_code()
    {
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/carts/c1/bill",
            () => ApiResults.Error(StatusCodes.Status409Conflict, "401005", "Balance is due", "bill_cart")));

        using var response = await test.Client.PostAsync(new Uri("/api/v1/carts/c1/bill", UriKind.Relative), null);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("401005", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("bill_cart", body.GetProperty("operation").GetString());
    }
}
