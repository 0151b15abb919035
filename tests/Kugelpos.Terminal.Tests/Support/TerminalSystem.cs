using System.Net;
using System.Text.Json;
using Kugelpos.Sidecar;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>
/// The terminal service beside its sidecar (terminal actors in an in-memory actor store) and a
/// master-data stand-in beside another, joined in one sidecar cluster so the terminal's sidecar
/// reaches <c>master-data</c> by app id. Shared by a test class; each test takes its own tenant.
/// </summary>
public sealed class TerminalSystem : IAsyncLifetime
{
    private readonly SidecarCluster _cluster = new(TimeProvider.System, NullLoggerFactory.Instance);
    private readonly MasterDataStandIn _masterData = new();
    private ServiceTestHost? _terminal;
    private IAsyncDisposable? _masterDataHost;
    private int _tenants;

    /// <summary>The terminal service.</summary>
    public ServiceTestHost Service => _terminal ?? throw new InvalidOperationException("Not started.");

    /// <summary>The master-data stand-in: what it was sent, and how tenant set-up answers.</summary>
    internal MasterDataStandIn MasterData => _masterData;

    /// <summary>Settings of the terminal service; a subclass may change them.</summary>
    internal IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _masterDataHost = await _masterData.StartAsync(_cluster);
        _terminal = await TerminalTestService.StartAsync(
            Settings, sidecar: new TestSidecar("terminal") { ActorStore = ActorStore.InMemory, Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        if (_terminal is not null)
        {
            await _terminal.DisposeAsync();
        }

        if (_masterDataHost is not null)
        {
            await _masterDataHost.DisposeAsync();
        }

        await _cluster.DisposeAsync();
    }

    /// <summary>A tenant of its own for one test, with staff S001 Alice in master data.</summary>
    public string NewTenant()
    {
        var tenant = $"T{Interlocked.Increment(ref _tenants):D4}";
        _masterData.Add(tenant, "S001", "Alice");
        return tenant;
    }

    /// <summary>A user JWT of the tenant.</summary>
    public string UserToken(string tenantId) => Service.UserToken(tenantId);

    /// <summary>Sends a request with a bearer token.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Service.SendAsync(method, path, body, bearer, headers);

    /// <summary>
    /// Creates terminal <paramref name="terminalNo"/> of store S01 (the tenant and the store too,
    /// when missing) and answers its id and API key.
    /// </summary>
    public async Task<(string TerminalId, string ApiKey)> CreateTerminalAsync(string tenantId, int terminalNo = 1, string storeCode = "S01")
    {
        await Service.EnsuredStoreAsync(tenantId, storeCode);
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/terminals", UserToken(tenantId), new { storeCode, terminalNo, description = "Front till" });
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        var data = body.GetProperty("data");
        return (data.GetProperty("terminalId").GetString()!, data.GetProperty("apiKey").GetString()!);
    }

    /// <summary>Exchanges the key for a terminal JWT.</summary>
    public async Task<string> TerminalTokenAsync(string terminalId, string apiKey)
    {
        using var response = await SendAsync(
            HttpMethod.Post, $"/api/v1/auth/token?terminal_id={terminalId}", bearer: null, headers: new Dictionary<string, string> { ["X-API-KEY"] = apiKey });
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("data").GetProperty("access_token").GetString()!;
    }

    /// <summary>Posts to a terminal operation and answers the envelope, asserting the status.</summary>
    public async Task<JsonElement> OperateAsync(string terminalId, string operation, string bearer, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", bearer, body);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == expected, $"{operation}: {(int)response.StatusCode} {envelope}");
        return envelope;
    }

    /// <summary>The terminal as the listing shows it.</summary>
    public async Task<JsonElement> ListedAsync(string tenantId, string terminalId)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/terminals?limit=0", UserToken(tenantId));
        var body = await Json.ReadAsync(response);
        return body.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("terminalId").GetString() == terminalId);
    }
}
