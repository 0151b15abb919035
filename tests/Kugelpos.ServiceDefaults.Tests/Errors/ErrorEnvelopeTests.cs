using System.Net;
using System.Text;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kugelpos.ServiceDefaults.Tests.Errors;

public class ErrorEnvelopeTests
{
    [Fact]
    public async Task A_thrown_KugelposException_becomes_the_envelope_with_its_status_and_code()
    {
        await using var test = await TestApp.StartAsync(app =>
            app.MapGet("/api/v1/carts/{id}", string (string id) => throw new KugelposException(404, "401001", "Cart not found"))
                .WithName("get_cart"));

        using var response = await test.Client.GetAsync(new Uri("/api/v1/carts/c1", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["success", "code", "message", "userError", "data", "metadata", "operation"], Json.PropertyNames(body));
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(404, body.GetProperty("code").GetInt32());
        Assert.Equal("Cart not found", body.GetProperty("message").GetString());
        Assert.Equal("401001", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal("Cart not found", body.GetProperty("userError").GetProperty("message").GetString());
        Assert.Equal("get_cart", body.GetProperty("operation").GetString());
    }

    [Fact]
    public async Task A_KugelposException_about_a_field_becomes_a_422_naming_it()
    {
        await using var test = await TestApp.StartAsync(app =>
            app.MapPost("/api/v1/items", string () => throw KugelposException.InvalidField("quantity", "Quantity must be positive")));

        using var response = await test.Client.PostAsync(new Uri("/api/v1/items", UriKind.Relative), null);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("300001", body.GetProperty("userError").GetProperty("code").GetString());
        var error = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal("quantity", error.GetProperty("field").GetString());
        Assert.Equal("Quantity must be positive", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unhandled_exception_becomes_a_500_without_internals_and_is_logged_with_the_correlation_id()
    {
        await using var test = await TestApp.StartAsync(app =>
            app.MapGet("/boom", string () => throw new InvalidOperationException("Mongo at 10.9.8.7 rejected the write")));

        using var response = await test.Client.GetAsync(new Uri("/boom", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var body = await Json.ReadAsync(response);
        await test.Logs.WaitForAsync(e => e.Exception is not null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(500, body.GetProperty("code").GetInt32());
        Assert.Equal("900999", body.GetProperty("userError").GetProperty("code").GetString());
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10.9.8.7", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);

        var correlationId = body.GetProperty("message").GetString()!.Split("correlation id ")[1].TrimEnd(')');
        var logged = Assert.Single(test.Logs.Events, e => e.Exception is InvalidOperationException);
        Assert.Equal($"\"{correlationId}\"", logged.Properties["CorrelationId"].ToString());
    }

    [Fact]
    public async Task A_malformed_json_body_becomes_a_400_envelope()
    {
        await using var test = await TestApp.StartAsync(app =>
            app.MapPost("/api/v1/items", (Validation.CreateItemRequest request) => Results.Ok()));

        using var content = new StringContent("{\"itemCode\": \"A1\", ", Encoding.UTF8, "application/json");
        using var response = await test.Client.PostAsync(new Uri("/api/v1/items", UriKind.Relative), content);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("300001", body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_route_gets_a_404_envelope()
    {
        await using var test = await TestApp.StartAsync(_ => { });

        using var response = await test.Client.GetAsync(new Uri("/api/v1/nowhere", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, body.GetProperty("code").GetInt32());
        Assert.Equal("100001", body.GetProperty("userError").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_wrong_verb_gets_a_405_envelope()
    {
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/items", () => Results.Ok()));

        using var response = await test.Client.DeleteAsync(new Uri("/api/v1/items", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(405, body.GetProperty("code").GetInt32());
        Assert.Equal("Method not allowed", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_bare_status_result_gets_an_envelope()
    {
        await using var test = await TestApp.StartAsync(app => app.MapGet("/api/v1/items/{code}", (string code) => Results.NotFound()));

        using var response = await test.Client.GetAsync(new Uri("/api/v1/items/X", UriKind.Relative));
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Resource not found", body.GetProperty("userError").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_validation_problem_from_the_framework_becomes_a_422_envelope()
    {
        await using var test = await TestApp.StartAsync(app => app.MapPost("/api/v1/items", () =>
            Results.ValidationProblem(new Dictionary<string, string[]> { ["itemCode"] = ["The itemCode field is required."] })));

        using var response = await test.Client.PostAsync(new Uri("/api/v1/items", UriKind.Relative), null);
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(422, body.GetProperty("code").GetInt32());
        var error = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal("itemCode", error.GetProperty("field").GetString());
    }
}
