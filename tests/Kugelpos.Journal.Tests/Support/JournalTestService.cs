using System.Net;
using System.Text.Json;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Journal.Tests.Support;

/// <summary>
/// The real journal service in a <see cref="ServiceTestHost"/>, with a prepared tenant, the sidecar's
/// app token, and one known terminal key; calls as a back office, a POS device and the sidecar.
/// </summary>
internal sealed class JournalTestService : IAsyncDisposable
{
    public const string Tenant = "T9001";
    public const string Store = "S001";
    public const string AppToken = "app-token-from-daprd";
    public const string Stores = $"/api/v1/tenants/{Tenant}/stores/{Store}";

    private JournalTestService(ServiceTestHost host) => Host = host;

    public ServiceTestHost Host { get; }

    /// <summary>Starts the service; with <paramref name="prepare"/>, prepares <see cref="Tenant"/> through the API.</summary>
    public static async Task<JournalTestService> StartAsync(bool prepare = true)
    {
        // The dedup actors the deliveries go through need a sidecar; it also sets the app token.
        var host = await ServiceTestHost.StartAsync(
            b => b.AddJournalService(),
            a => a.MapJournalService(),
            configure: b => b.Services.AddSingleton<ITerminalKeyVerifier>(new TerminalOne()),
            sidecar: TestSidecar.ForSubscriber(JournalService.AppId) with { AppToken = AppToken });
        var service = new JournalTestService(host);
        if (prepare)
        {
            using var created = await service.SendAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = Tenant });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        return service;
    }

    /// <summary>A request with a user's token of <see cref="Tenant"/>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) =>
        Host.SendAsync(method, path, body, Host.UserToken(Tenant));

    /// <summary>The envelope of a user's request.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> CallAsync(HttpMethod method, string path, object? body = null)
    {
        using var response = await SendAsync(method, path, body);
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    /// <summary>Delivers an event as the sidecar does, and returns the answer's status word.</summary>
    public async Task<string?> DeliverAsync<TEvent>(string route, TEvent evt)
        where TEvent : class, IKugelposEvent =>
        await DeliverRawAsync(route, EventJson.Serialize(evt));

    /// <summary>Delivers raw JSON as the sidecar does, and returns the answer's status word.</summary>
    public async Task<string?> DeliverRawAsync(string route, string json)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, route, json, headers: new Dictionary<string, string> { ["dapr-api-token"] = AppToken });
        return (await Json.ReadAsync(response)).GetProperty("status").GetString();
    }

    /// <summary>The store's journal entries, as a user finds them with <paramref name="query"/>.</summary>
    public async Task<JsonElement> SearchAsync(string query = "")
    {
        var (status, body) = await CallAsync(HttpMethod.Get, $"{Stores}/journals{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>A terminal key check that knows terminal 1 of the store, as the terminal service would answer.</summary>
    internal sealed class TerminalOne : ITerminalKeyVerifier
    {
        public const string TerminalId = Tenant + "-" + Store + "-1";
        public const string ApiKey = "test-api-key-of-terminal-one-0123456789";

        public Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken) =>
            Task.FromResult(terminalId == TerminalId && apiKey == ApiKey
                ? new TerminalTokenClaims { TenantId = Tenant, StoreCode = Store, TerminalNo = 1, TerminalId = TerminalId, Status = "Opened" }
                : null);
    }
}
