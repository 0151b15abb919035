using System.Net;
using System.Text.Json;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.Report.Tests.Support;

/// <summary>The real report service in a <see cref="ServiceTestHost"/>, with the calls its tests make.</summary>
internal sealed class ReportTestService : IAsyncDisposable
{
    public const string Tenant = "T0001";

    private ReportTestService(ServiceTestHost host) => Host = host;

    public ServiceTestHost Host { get; }

    /// <summary>Starts the service; with <paramref name="tenant"/>, sets that tenant up first.</summary>
    public static async Task<ReportTestService> StartAsync(
        string? tenant = Tenant, Action<WebApplicationBuilder>? configure = null, IDictionary<string, string?>? settings = null, TestSidecar? sidecar = null)
    {
        // The dedup actors the deliveries go through need a sidecar with an actor store.
        var host = await ServiceTestHost.StartAsync(
            b => b.AddReportService(), a => a.MapReportService(), settings, configure, sidecar ?? TestSidecar.ForSubscriber(ReportService.AppId));
        var service = new ReportTestService(host);
        if (tenant is not null)
        {
            using var created = await service.CreateTenantAsync(tenant);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        return service;
    }

    public Task<HttpResponseMessage> CreateTenantAsync(string tenant) =>
        Host.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = tenant }, Host.UserToken(tenant));

    /// <summary>Delivers <paramref name="evt"/> as the sidecar does, on its topic's route.</summary>
    public Task<HttpResponseMessage> DeliverAsync<TEvent>(string route, TEvent evt)
        where TEvent : class, IKugelposEvent =>
        Host.SendAsync(HttpMethod.Post, route, EventJson.Serialize(evt));

    /// <summary>Delivers <paramref name="evt"/> and expects the sidecar's SUCCESS.</summary>
    public async Task AcceptedAsync<TEvent>(string route, TEvent evt)
        where TEvent : class, IKugelposEvent
    {
        using var response = await DeliverAsync(route, evt);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SUCCESS", await StatusOf(response));
    }

    public static async Task<string?> StatusOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetString();
    }

    /// <summary>GETs <paramref name="path"/> as a user of <see cref="Tenant"/> and answers the JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string tenant = Tenant)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, path, bearer: Host.UserToken(tenant));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
