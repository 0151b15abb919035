using System.Net;
using Kugelpos.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.ServiceDefaults.Tests.Security;

public class DaprAppTokenTests
{
    private const string AppToken = "app-token-from-daprd";

    [Fact]
    public async Task The_right_app_token_is_let_through()
    {
        await using var test = await StartAsync(AppToken);

        using var response = await PostEventAsync(test, AppToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_app_token_gets_a_401_envelope()
    {
        await using var test = await StartAsync(AppToken);

        using var response = await PostEventAsync(test, "app-token-from-daprX");
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, body.GetProperty("code").GetInt32());
        Assert.Equal("Missing or invalid dapr-api-token", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_missing_app_token_gets_a_401_envelope()
    {
        await using var test = await StartAsync(AppToken);

        using var response = await PostEventAsync(test, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_app_token_the_check_passes()
    {
        await using var test = await StartAsync(appToken: null);

        using var response = await PostEventAsync(test, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Endpoints_that_do_not_require_the_token_ignore_it()
    {
        await using var test = await StartAsync(AppToken);

        using var response = await test.Client.GetAsync(new Uri("/api/v1/public", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<TestApp> StartAsync(string? appToken) => TestApp.StartAsync(
        app =>
        {
            app.MapGroup("/api/v1/events").RequireDaprAppToken().MapPost("/tranlog", () => Results.Ok());
            app.MapGet("/api/v1/public", () => Results.Ok());
        },
        new Dictionary<string, string?> { ["APP_API_TOKEN"] = appToken ?? string.Empty });

    private static async Task<HttpResponseMessage> PostEventAsync(TestApp test, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events/tranlog");
        if (token is not null)
        {
            request.Headers.Add("dapr-api-token", token);
        }

        return await test.Client.SendAsync(request);
    }
}
