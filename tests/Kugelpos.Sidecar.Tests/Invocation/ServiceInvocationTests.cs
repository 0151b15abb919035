using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapr.Client;

namespace Kugelpos.Sidecar.Tests.Invocation;

/// <summary>
/// daprd's service invocation between two apps of one cluster, each beside its own sidecar:
/// the real SDK's <see cref="DaprClient.CreateInvokeHttpClient"/> on the caller's side, a real
/// app on the target's, its app token required.
/// </summary>
public sealed class ServiceInvocationTests : IAsyncLifetime
{
    private const string TargetToken = "target-app-token";
    private const string CallerApiToken = "caller-api-token";

    private SidecarCluster _cluster = null!;
    private EchoApp _target = null!;
    private LocalSidecar _callerSidecar = null!;
    private LocalSidecar _targetSidecar = null!;
    private LocalSidecar _appless = null!;

    public async Task InitializeAsync()
    {
        _cluster = new SidecarCluster();
        _target = await EchoApp.StartAsync();
        _targetSidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "back", AppPort = _target.Port, AppToken = TargetToken, DaprHttpPort = 0, DaprGrpcPort = 0 }, _cluster);
        _callerSidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "front", ApiToken = CallerApiToken, DaprHttpPort = 0, DaprGrpcPort = 0 }, _cluster);
        _appless = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "lonely", DaprHttpPort = 0, DaprGrpcPort = 0 }, _cluster);
    }

    public async Task DisposeAsync()
    {
        await _appless.DisposeAsync();
        await _callerSidecar.DisposeAsync();
        await _targetSidecar.DisposeAsync();
        await _target.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task The_sdks_invoke_client_reaches_the_other_app_with_its_app_token_and_without_the_callers_api_token()
    {
        using var client = DaprClient.CreateInvokeHttpClient("back", _callerSidecar.HttpEndpoint.ToString(), CallerApiToken);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/carts/c-1/items?lang=ja&n=2")
        {
            Content = new StringContent("""{"sku":"4901"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-tenant", "A1234");

        using var response = await client.SendAsync(request);
        var echo = await response.Content.ReadFromJsonAsync<Echo>(JsonSerializerOptions.Web);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("PUT", "/api/v1/carts/c-1/items", "?lang=ja&n=2", """{"sku":"4901"}"""), (echo!.Method, echo.Path, echo.Query, echo.Body));
        Assert.Equal(TargetToken, echo.Headers["dapr-api-token"]);
        Assert.Equal("A1234", echo.Headers["x-tenant"]);
        Assert.StartsWith("application/json", echo.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(("front", "back"), (echo.Headers["dapr-caller-app-id"], echo.Headers["dapr-callee-app-id"]));
        Assert.Equal(_callerSidecar.HttpEndpoint.Authority, echo.Headers["x-forwarded-host"]);
        Assert.Equal("http", echo.Headers["x-forwarded-proto"]);
        Assert.StartsWith("127.0.0.1:", echo.Headers["x-forwarded-for"], StringComparison.Ordinal);
        Assert.Contains($"host={_callerSidecar.HttpEndpoint.Authority};proto=http", echo.Headers["forwarded"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("HEAD")]
    public async Task Every_verb_is_passed_through(string verb)
    {
        using var client = DaprClient.CreateInvokeHttpClient("back", _callerSidecar.HttpEndpoint.ToString(), CallerApiToken);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(verb), "/things/1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (verb != "HEAD")
        {
            Assert.Equal(verb, (await response.Content.ReadFromJsonAsync<Echo>(JsonSerializerOptions.Web))!.Method);
        }
    }

    [Fact]
    public async Task The_targets_status_headers_and_body_come_back_as_they_are()
    {
        using var client = DaprClient.CreateInvokeHttpClient("back", _callerSidecar.HttpEndpoint.ToString(), CallerApiToken);

        using var response = await client.GetAsync(new Uri("/teapot", UriKind.Relative));

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("earl-grey", response.Headers.GetValues("x-brew").Single());
        Assert.Equal("short and stout", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dapr_app_id_header_form_reaches_the_same_method()
    {
        using var http = new HttpClient { BaseAddress = _callerSidecar.HttpEndpoint };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders/7?x=1") { Content = new StringContent("hello") };
        request.Headers.Add("dapr-app-id", "back");
        request.Headers.Add("dapr-api-token", CallerApiToken);

        using var response = await http.SendAsync(request);
        var echo = await response.Content.ReadFromJsonAsync<Echo>(JsonSerializerOptions.Web);

        Assert.Equal(("POST", "/orders/7", "?x=1", "hello", TargetToken), (echo!.Method, echo.Path, echo.Query, echo.Body, echo.Headers["dapr-api-token"]));
    }

    [Fact]
    public async Task An_unknown_app_id_answers_daprds_direct_invoke_error()
    {
        using var http = new HttpClient { BaseAddress = _callerSidecar.HttpEndpoint };
        http.DefaultRequestHeaders.Add("dapr-api-token", CallerApiToken);

        using var response = await http.GetAsync(new Uri("/v1.0/invoke/nobody/method/anything", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("ERR_DIRECT_INVOKE", body.RootElement.GetProperty("errorCode").GetString());
        Assert.StartsWith("failed to invoke, id: nobody", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_sidecar_without_an_app_answers_that_its_app_channel_is_missing()
    {
        using var http = new HttpClient { BaseAddress = _callerSidecar.HttpEndpoint };
        http.DefaultRequestHeaders.Add("dapr-api-token", CallerApiToken);

        using var response = await http.GetAsync(new Uri("/v1.0/invoke/lonely/method/x", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("ERR_DIRECT_INVOKE", body.RootElement.GetProperty("errorCode").GetString());
        Assert.Contains("app channel is not initialized", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invocation_without_the_callers_api_token_is_refused()
    {
        using var client = DaprClient.CreateInvokeHttpClient("back", _callerSidecar.HttpEndpoint.ToString());

        using var response = await client.GetAsync(new Uri("/things", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_target_that_went_away_answers_daprds_direct_invoke_error()
    {
        await _target.DisposeAsync();
        using var http = new HttpClient { BaseAddress = _callerSidecar.HttpEndpoint };
        http.DefaultRequestHeaders.Add("dapr-api-token", CallerApiToken);

        using var response = await http.GetAsync(new Uri("/v1.0/invoke/back/method/x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("ERR_DIRECT_INVOKE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
