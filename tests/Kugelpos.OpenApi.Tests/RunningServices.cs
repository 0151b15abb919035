using System.Text.Json;

namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// Every service in <see cref="ServicesUnderTest"/>, started once for the collection with a Dapr
/// app token configured, so every request the tests send without one shows the endpoint is not
/// behind the sidecar's check.
/// </summary>
public sealed class RunningServices : IAsyncLifetime
{
    /// <summary>The app token the services are started with; the tests never send it.</summary>
    public const string AppToken = "app-token-the-tests-never-send";

    private readonly Dictionary<string, ServiceTestHost> _hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);

    /// <summary>The running service named <paramref name="name"/>.</summary>
    /// <param name="name">The service's name.</param>
    public ServiceTestHost Host(string name) => _hosts[name];

    /// <summary>The OpenAPI document the service named <paramref name="name"/> served at start.</summary>
    /// <param name="name">The service's name.</param>
    public JsonElement Document(string name) => _documents[name];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        foreach (var service in ServicesUnderTest.All)
        {
            var host = await service.StartAsync(new Dictionary<string, string?> { ["APP_API_TOKEN"] = AppToken });
            _hosts.Add(service.Name, host);
            using var response = await host.Client.GetAsync(new Uri("/openapi.json", UriKind.Relative));
            _documents.Add(service.Name, await Json.ReadAsync(response));
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }
}
