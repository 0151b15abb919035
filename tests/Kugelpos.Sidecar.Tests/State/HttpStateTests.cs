using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.State;

/// <summary>daprd's HTTP state API on the embedded stores (SQLite and in-memory), as an operator's curl sees it.</summary>
public sealed class HttpStateTests : IDisposable
{
    private readonly TempResources _resources = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();

    public HttpStateTests()
    {
        var dbPath = Path.Combine(_resources.Path, "state.db");
        _resources.With("stores.yaml", $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: durable
            spec:
              type: state.sqlite
              version: v1
              metadata:
              - name: connectionString
                value: "{dbPath}"
            ---
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: memory
            spec:
              type: state.in-memory
              version: v1
              metadata:
              - name: ttlInSeconds
                value: "60"
            """);
    }

    public void Dispose()
    {
        _http.Dispose();
        _resources.Dispose();
    }

    [Fact]
    public async Task Sqlite_state_survives_a_sidecar_restart()
    {
        await using (var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance))
        await using (var sidecar = await StartAsync(cluster))
        {
            var save = await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable"), new[] { new { key = "terminal-1", value = new { counter = 41 } } });
            Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        }

        await using (var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance))
        await using (var sidecar = await StartAsync(cluster))
        {
            var read = await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable/terminal-1"));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("\"1\"", read.Headers.ETag?.Tag ?? $"\"{read.Headers.GetValues("ETag").Single()}\"");
            using var body = JsonDocument.Parse(await read.Content.ReadAsStringAsync());
            Assert.Equal(41, body.RootElement.GetProperty("counter").GetInt32());
        }
    }

    [Fact]
    public async Task In_memory_state_expires_on_the_component_ttl()
    {
        await using var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance);
        await using var sidecar = await StartAsync(cluster);
        await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory"), new[] { new { key = "cart", value = "kept" } });

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory/cart"))).StatusCode);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory/cart"))).StatusCode);
    }

    [Fact]
    public async Task Etag_conflict_is_409_and_bad_requests_are_400_with_daprd_codes()
    {
        await using var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance);
        await using var sidecar = await StartAsync(cluster);
        var url = new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable");
        await _http.PostAsJsonAsync(url, new[] { new { key = "k", value = 1 } });

        var conflict = await _http.PostAsJsonAsync(url, new[] { new { key = "k", value = 2, etag = "7" } });
        var malformed = await _http.PostAsync(url, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/nosuch"), new[] { new { key = "k", value = 1 } });
        var separator = await _http.PostAsJsonAsync(url, new[] { new { key = "a||b", value = 1 } });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("ERR_STATE_SAVE", await ErrorCode(conflict));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("ERR_MALFORMED_REQUEST", await ErrorCode(malformed));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("ERR_STATE_STORE_NOT_FOUND", await ErrorCode(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, separator.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"))).StatusCode);
    }

    [Fact]
    public async Task A_transaction_applies_upserts_and_deletes_together()
    {
        await using var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance);
        await using var sidecar = await StartAsync(cluster);
        await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable"), new[] { new { key = "old", value = 1 } });

        var tx = await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable/transaction"), new
        {
            operations = new object[]
            {
                new { operation = "upsert", request = new { key = "new", value = 2 } },
                new { operation = "delete", request = new { key = "old" } },
            },
        });

        Assert.Equal(HttpStatusCode.NoContent, tx.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable/old"))).StatusCode);
        Assert.Equal("2", await _http.GetStringAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/durable/new")));
    }

    [Fact]
    public async Task The_api_token_guards_every_call_but_health()
    {
        await using var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance);
        await using var sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "tokened", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path, ApiToken = "s3cret-token" }, cluster);
        var url = new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory/x");

        var without = await _http.GetAsync(url);
        using var withToken = new HttpRequestMessage(HttpMethod.Get, url);
        withToken.Headers.Add("dapr-api-token", "s3cret-token");
        var with = await _http.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, with.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"))).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_and_the_sidecar_stays_up()
    {
        await using var cluster = new SidecarCluster(_time, NullLoggerFactory.Instance);
        await using var sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "small", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path, MaxBodySize = 1024 }, cluster);

        var big = await _http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory"), new[] { new { key = "big", value = new string('x', 4096) } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/memory/big"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"))).StatusCode);
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errorCode").GetString();
    }

    private Task<LocalSidecar> StartAsync(SidecarCluster cluster) =>
        LocalSidecar.StartAsync(new SidecarOptions { AppId = "httpstate", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path }, cluster);
}
