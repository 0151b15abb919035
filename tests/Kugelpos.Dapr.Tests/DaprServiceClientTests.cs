using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Tests;

/// <summary>A service's client for another service sends its calls to its own sidecar's invocation API.</summary>
public sealed class DaprServiceClientTests
{
    [Fact]
    public async Task A_relative_call_goes_to_the_sidecar_named_in_configuration_as_an_invocation_of_the_app()
    {
        var seen = await CallAsync("master-data", new() { ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:3599" }, "api/v1/tenants/A1234/stores?limit=5");

        Assert.Equal("http://127.0.0.1:3599/v1.0/invoke/master-data/method/api/v1/tenants/A1234/stores?limit=5", seen);
    }

    [Fact]
    public async Task A_sidecar_port_alone_means_the_sidecar_on_loopback()
    {
        var seen = await CallAsync("cart", new() { ["DAPR_HTTP_PORT"] = "3603" }, "api/v1/carts");

        Assert.Equal("http://127.0.0.1:3603/v1.0/invoke/cart/method/api/v1/carts", seen);
    }

    [Fact]
    public async Task An_app_id_with_capitals_is_sent_exactly_as_registered()
    {
        var seen = await CallAsync("MasterData", new() { ["DAPR_HTTP_ENDPOINT"] = "http://127.0.0.1:3599" }, "items");

        Assert.Equal("http://127.0.0.1:3599/v1.0/invoke/MasterData/method/items", seen);
    }

    private static async Task<string> CallAsync(string appId, Dictionary<string, string?> settings, string path)
    {
        var transport = new RecordingTransport();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddDaprServiceClient<PeerClient>(appId).ConfigurePrimaryHttpMessageHandler(() => transport);
        await using var provider = services.BuildServiceProvider();

        using var response = await provider.GetRequiredService<PeerClient>().Http.GetAsync(new Uri(path, UriKind.Relative));

        return transport.Seen ?? throw new InvalidOperationException("nothing was sent");
    }

    /// <summary>A typed client as a service writes one.</summary>
    private sealed class PeerClient(HttpClient http)
    {
        public HttpClient Http { get; } = http;
    }

    /// <summary>The network, replaced at unit level: records the request the handlers produced.</summary>
    private sealed class RecordingTransport : HttpMessageHandler
    {
        // The URI as sent: Dapr's handler puts the caller's URI back once the call returns.
        public string? Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen = request.RequestUri?.ToString();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
