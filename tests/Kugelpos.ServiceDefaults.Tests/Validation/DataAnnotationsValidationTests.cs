using System.Net;
using System.Net.Http.Json;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.ServiceDefaults.Tests.Validation;

public class DataAnnotationsValidationTests
{
    [Fact]
    public async Task An_invalid_body_gets_a_422_naming_every_field_by_its_json_path()
    {
        var handlerRan = false;
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/items", (CreateItemRequest request) =>
        {
            handlerRan = true;
            return Results.Ok();
        }).WithDataAnnotationsValidation());

        using var response = await test.Client.PostAsJsonAsync(
            new Uri("/api/v1/items", UriKind.Relative),
            new { itemCode = (string?)null, quantity = 0, lines = new[] { new { sku = "OK" }, new { sku = "SKU-TOO-LONG-XYZ" } } });
        var text = await response.Content.ReadAsStringAsync();
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(handlerRan);
        Assert.Equal("300001", body.GetProperty("userError").GetProperty("code").GetString());
        var fields = body.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToArray();
        Assert.Equal(["itemCode", "quantity", "lines[1].sku"], fields);
        Assert.StartsWith("Invalid input data: itemCode:", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SKU-TOO-LONG-XYZ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_body_reaches_the_handler()
    {
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/items",
            (CreateItemRequest request) => Results.Ok(request.ItemCode)).WithDataAnnotationsValidation());

        using var response = await test.Client.PostAsJsonAsync(
            new Uri("/api/v1/items", UriKind.Relative), new { itemCode = "4901234567890", quantity = 2, lines = new[] { new { sku = "S1" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"4901234567890\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Object_level_rules_name_their_member()
    {
        await using var test = await TestApp.StartAsync(app => app.MapGroup("/api/v1/terminals/{id}")
            .WithDataAnnotationsValidation()
            .MapPost("/cash-in", (string id, CashMovementRequest request) => Results.Ok()));

        using var response = await test.Client.PostAsJsonAsync(
            new Uri("/api/v1/terminals/t1/cash-in", UriKind.Relative), new { amount = 0, description = "float" });
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal("amount", error.GetProperty("field").GetString());
        Assert.Equal("The amount must not be zero.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Injected_services_are_not_validated()
    {
        await using var test = await TestApp.StartAsync(
            app => app.MapPost("/api/v1/items", (CreateItemRequest request, ItemCatalog catalog) => Results.Ok())
                .WithDataAnnotationsValidation(),
            configure: builder => builder.Services.AddSingleton(new ItemCatalog()));

        using var response = await test.Client.PostAsJsonAsync(
            new Uri("/api/v1/items", UriKind.Relative), new { itemCode = "A1", quantity = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
