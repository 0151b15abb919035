using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kugelpos.Host.Tests;

/// <summary>The whole embedded system as the README's run command starts it.</summary>
[Collection(EmbeddedSystem.Name)]
public sealed class RunningSystemTests(SystemFixture fixture) : IClassFixture<SystemFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public void Every_existing_service_runs_and_every_app_has_a_sidecar()
    {
        Assert.Equal(ServiceCatalog.All.Select(s => s.AppId), fixture.System.Services.Select(s => s.App.AppId));
        Assert.Equal(AppPorts.All.Select(a => a.AppId), fixture.System.Sidecars.Select(s => s.Options.AppId));
    }

    [Fact]
    public async Task Every_existing_service_answers_health_with_its_own_name()
    {
        foreach (var service in fixture.System.Services)
        {
            using var response = await Http.GetAsync(new Uri(service.Endpoint, "/health"));
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(service.App.AppId, body.RootElement.GetProperty("service").GetString());
            Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("terminal", "Welcome to Kugel-POS Terminal API. supoorted version: v1")]
    [InlineData("master-data", "Welcome to Kugel-POS Master-data Service API. supoorted version: v1")]
    [InlineData("cart", "Welcome to Kugel-POS Cart API. supoorted version: v1")]
    public async Task The_terminal_master_data_and_cart_services_answer_through_the_host_on_their_ports(string appId, string welcome)
    {
        var service = fixture.System.Services.Single(s => s.App.AppId == appId);

        using var health = await Http.GetAsync(new Uri(service.Endpoint, "/health"));
        using var healthBody = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        using var root = await Http.GetAsync(service.Endpoint);
        using var rootBody = JsonDocument.Parse(await root.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(appId, healthBody.RootElement.GetProperty("service").GetString());
        Assert.Equal("healthy", healthBody.RootElement.GetProperty("status").GetString());
        Assert.Equal(welcome, rootBody.RootElement.GetProperty("message").GetString());
        Assert.Equal(fixture.Apps.Single(a => a.AppId == appId).Port, service.Endpoint.Port);
    }

    [Fact]
    public async Task Every_sidecar_is_healthy_and_loads_only_the_stores_its_app_is_scoped_to()
    {
        foreach (var sidecar in fixture.System.Sidecars)
        {
            using var response = await Http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.Equal(["cartstore"], fixture.System.Sidecars.Single(s => s.Options.AppId == "cart").Components.StateStores.Select(s => s.Name));
        Assert.True(File.Exists(Path.Combine(fixture.DataFolder, "state", "cartstore.db")));
        Assert.Equal(["terminalstore"], fixture.System.Sidecars.Single(s => s.Options.AppId == "terminal").Components.StateStores.Select(s => s.Name));
        Assert.Empty(fixture.System.Sidecars.Single(s => s.Options.AppId == "master-data").Components.StateStores);
    }

    [Fact]
    public void Every_sidecar_is_told_its_app_s_port_even_before_the_app_s_service_exists()
    {
        foreach (var (app, sidecar) in fixture.Apps.Zip(fixture.System.Sidecars))
        {
            Assert.Equal(app.Port, sidecar.Options.AppPort);
        }
    }

    [Fact]
    public async Task A_tenant_registered_through_the_host_gets_a_token_signed_with_the_shared_secret_file()
    {
        var account = fixture.System.Services.Single(s => s.App.AppId == "account").Endpoint;

        using var register = await Http.PostAsJsonAsync(new Uri(account, "/api/v1/accounts/register"), new { username = "admin", password = "s3cret-pass", tenantId = "H0001" });
        using var token = await Http.PostAsync(new Uri(account, "/api/v1/accounts/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin",
            ["password"] = "s3cret-pass",
            ["client_id"] = "H0001",
        }));
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.True(File.Exists(Path.Combine(fixture.DataFolder, "secrets", "jwt-secret")));
        Assert.True(File.Exists(Path.Combine(fixture.DataFolder, "documents", "db_account_H0001.db")));
    }
}
