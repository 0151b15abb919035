using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Sidecar;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Stock.Tests.Support;

/// <summary>The real stock service in a <see cref="ServiceTestHost"/>, with the calls its tests make.</summary>
internal sealed class StockTestService : IAsyncDisposable
{
    public const string Tenant = "T1";
    public const string Store = "S1";
    public const string AppToken = "app-token-from-daprd";

    // The sidecar keeps real time, so the only timers on the service's fake clock are the service's own (the scheduler's).
    private readonly SidecarCluster _cluster;

    private StockTestService(ServiceTestHost host, SidecarCluster cluster)
    {
        Host = host;
        _cluster = cluster;
    }

    public ServiceTestHost Host { get; }

    /// <summary>A user token of <see cref="Tenant"/>, issued now, so it stays valid however far a test moves the clock.</summary>
    public string Token => Host.UserToken(Tenant);

    /// <summary>Starts the service with <see cref="Tenant"/> prepared; settings go over the test defaults.</summary>
    public static async Task<StockTestService> StartAsync(
        IDictionary<string, string?>? settings = null, bool prepareTenant = true, Action<WebApplicationBuilder>? configure = null)
    {
        // The dedup actors the deliveries go through need a sidecar; it also sets the app token.
        var cluster = new SidecarCluster(TimeProvider.System, NullLoggerFactory.Instance);
        var sidecar = TestSidecar.ForSubscriber(StockService.AppId) with { AppToken = AppToken, Cluster = cluster };
        var service = new StockTestService(await ServiceTestHost.StartAsync(b => b.AddStockService(), a => a.MapStockService(), settings, configure, sidecar), cluster);
        if (prepareTenant)
        {
            var prepared = await service.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = Tenant });
            Assert.Equal(HttpStatusCode.Created, prepared.Status);
        }

        return service;
    }

    /// <summary>Sends a request with the tenant's user token (or <paramref name="bearer"/>) and reads the envelope.</summary>
    public async Task<Reply> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = null)
    {
        using var response = await Host.SendAsync(method, path, body, bearer ?? Token);
        return new Reply(response.StatusCode, await Json.ReadAsync(response));
    }

    /// <summary>The path of an item's stock in <see cref="Store"/>.</summary>
    public static string StockPath(string item = "", string store = Store) =>
        $"/api/v1/tenants/{Tenant}/stores/{store}/stock" + (item.Length == 0 ? string.Empty : "/" + item);

    /// <summary>The current quantity of the item, read through the API.</summary>
    public async Task<decimal> QuantityAsync(string item)
    {
        var reply = await SendAsync(HttpMethod.Get, StockPath(item));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply.Data.GetProperty("currentQuantity").GetDecimal();
    }

    /// <summary>Delivers <paramref name="log"/> as daprd does and answers the status code and the sidecar answer.</summary>
    public Task<(HttpStatusCode Status, string? Answer)> DeliverAsync(TransactionLog log) => DeliverRawAsync(EventJson.Serialize(log));

    /// <summary>Delivers raw JSON as the CloudEvent's data.</summary>
    public async Task<(HttpStatusCode Status, string? Answer)> DeliverRawAsync(string data)
    {
        var cloudEvent = $$"""{"id":"{{Guid.NewGuid()}}","specversion":"1.0","source":"cart","type":"com.dapr.event.sent","datacontenttype":"application/json","topic":"topic-tranlog","pubsubname":"pubsub-tranlog-report","data":{{data}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tranlog")
        {
            Content = new StringContent(cloudEvent, Encoding.UTF8, new MediaTypeHeaderValue("application/cloudevents+json")),
        };
        request.Headers.Add("dapr-api-token", AppToken);
        using var response = await Host.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.TryGetProperty("status", out var status) ? status.GetString() : null);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _cluster.DisposeAsync();
    }
}
