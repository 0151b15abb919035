using System.Net;
using System.Text.Json;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Sidecar;
using Kugelpos.Terminal.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Terminal.Tests.Terminals;

/// <summary>
/// The terminal's actor store (a real redis-server) goes down in the middle of the day and comes
/// back: meanwhile every terminal call answers a retryable 503 envelope, never a 500 and never
/// the terminal as it is not; once the store is back the terminal carries on where it was. The
/// sidecar's policy for the store opens its breaker at the second consecutive failure for 30 s,
/// on a fake clock that only the test moves, so what answers once the breaker is open cannot
/// have waited on any timeout.
/// </summary>
public sealed class TerminalStoreOutageTests : IAsyncLifetime
{
    private const string Tenant = "T0001";

    private readonly RedisServer _redis = new();
    private readonly FakeClock _clock = new();
    private readonly MasterDataStandIn _masterData = new();
    private SidecarCluster _cluster = null!;
    private IAsyncDisposable? _masterDataHost;
    private ServiceTestHost? _terminal;

    private ServiceTestHost Terminal => _terminal ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _cluster = new SidecarCluster(_clock, NullLoggerFactory.Instance);
        _masterData.Add(Tenant, "S001", "Alice");
        _masterDataHost = await _masterData.StartAsync(_cluster);
        _terminal = await TerminalTestService.StartAsync(
            // The open log's publication (no pub/sub here) is retried only after the outage, so the relay stays out of the way.
            new Dictionary<string, string?> { ["Kugelpos:Outbox:InitialRetryDelay"] = "00:05:00" },
            sidecar: new TestSidecar("terminal")
            {
                ActorStore = ActorStore.OnRedis(_redis),
                Resources = new Dictionary<string, string> { ["resiliency.yaml"] = TwoStrikeBreaker.OnActorStore },
                Cluster = _cluster,
            });
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
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task While_the_actor_store_is_down_a_terminal_answers_503_and_afterwards_carries_on_where_it_was()
    {
        var user = Terminal.UserToken(Tenant);
        var terminalId = await CreateTerminalAsync(user);
        await SendAsync(HttpMethod.Post, $"{terminalId}/sign-in", user, new { staffId = "S001" });
        await SendAsync(HttpMethod.Post, $"{terminalId}/open", user, new { initialAmount = 30000 });
        await Terminal.Logs.WaitForAsync(IsRelayRun);

        await _redis.StopAsync();

        // A change whose save fails answers 503, and the actor keeps nothing of it: the next read
        // goes to the store (and fails too) instead of answering the change that was not saved.
        await AssertUnavailableAsync(HttpMethod.Patch, $"{terminalId}/description", user, new { description = "Back till" });
        Assert.Contains("error saving actor transaction state: ", Terminal.Logs.Text, StringComparison.Ordinal);
        await AssertUnavailableAsync(HttpMethod.Get, terminalId, user);
        Assert.Contains("error getting actor state: ", Terminal.Logs.Text, StringComparison.Ordinal);

        // The breaker is open now: the call is answered from it, without touching Redis.
        await AssertUnavailableAsync(HttpMethod.Post, $"{terminalId}/cash-in", user, new { amount = 1000, description = "Change" });
        Assert.Contains("circuit breaker is open", Terminal.Logs.Text, StringComparison.Ordinal);

        // The store is back and the breaker lets a trial call through: the terminal is as it was before the outage.
        await _redis.StartAsync(_cluster);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var terminal = (await SendAsync(HttpMethod.Get, terminalId, user)).GetProperty("data");
        Assert.Equal(("Opened", "Front till", "S001", 1), (
            terminal.GetProperty("status").GetString(),
            terminal.GetProperty("description").GetString(),
            terminal.GetProperty("staff").GetProperty("staffId").GetString(),
            terminal.GetProperty("openCounter").GetInt32()));

        var cashIn = await SendAsync(HttpMethod.Post, $"{terminalId}/cash-in", user, new { amount = 1000, description = "Change" });
        Assert.Equal(1000m, cashIn.GetProperty("data").GetProperty("amount").GetDecimal());
    }

    // The outbox relay's run after the open: the actor's cache holds its whole state again.
    private static bool IsRelayRun(Serilog.Events.LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("remind/kugelpos-outbox-relay", StringComparison.Ordinal)
        && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200";

    private async Task AssertUnavailableAsync(HttpMethod method, string path, string bearer, object? body = null)
    {
        using var response = await Terminal.SendAsync(method, $"/api/v1/terminals/{path}", body, bearer);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{method} {path}: {(int)response.StatusCode} {envelope}");
        Assert.Equal((false, 503, KugelposErrorCodes.ExternalServiceError), (
            envelope.GetProperty("success").GetBoolean(),
            envelope.GetProperty("code").GetInt32(),
            envelope.GetProperty("userError").GetProperty("code").GetString()));
        Assert.Equal("The actor state store is unavailable; please try again later.", envelope.GetProperty("message").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    private async Task<string> CreateTerminalAsync(string user)
    {
        await Terminal.EnsuredStoreAsync(Tenant, "S01");
        var created = await SendAsync(HttpMethod.Post, string.Empty, user, new { storeCode = "S01", terminalNo = 1, description = "Front till" }, HttpStatusCode.Created);
        return created.GetProperty("data").GetProperty("terminalId").GetString()!;
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string bearer, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Terminal.SendAsync(method, $"/api/v1/terminals/{path}".TrimEnd('/'), body, bearer);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {envelope}");
        return envelope;
    }
}
