using System.Net;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.ServiceDefaults;
using Kugelpos.Sidecar;
using Kugelpos.Terminal.Tests.Support;
using Kugelpos.Testing.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Serilog.Events;

namespace Kugelpos.Terminal.Tests.Terminals;

/// <summary>
/// The terminal's logs are durable: made while the terminal's pub/sub is down, they wait in the
/// terminal actor's outbox with the change they report, and once pub/sub is back each reaches
/// each subscriber (report and journal, which confirm through delivery-status) exactly once. The
/// terminal's sidecar publishes to a Redis that dies; pub/sub is restored by pointing its
/// components at the Redis the subscribers read and restarting it (its actor store, reminders
/// included, is on disk). Everything runs on one fake clock, so the outbox's backoff and
/// republish interval pass only when the test moves it.
/// </summary>
public sealed class LogDurabilityTests : IAsyncLifetime
{
    // A safety net against a hung run, not a wait the test relies on.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private const string Tenant = "T0001";

    private readonly RedisServer _pubsubThatDies = new();
    private readonly RedisServer _pubsub = new();
    private readonly FakeClock _clock = new();
    private readonly ReceivedEvents _atReport = new();
    private readonly ReceivedEvents _atJournal = new();
    private readonly MasterDataStandIn _masterData = new();
    private SidecarCluster _cluster = null!;
    private IAsyncDisposable? _masterDataHost;
    private ServiceTestHost? _report;
    private ServiceTestHost? _journal;
    private ServiceTestHost? _terminal;

    private ServiceTestHost Terminal => _terminal ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_pubsubThatDies.InitializeAsync(), _pubsub.InitializeAsync());
        _cluster = new SidecarCluster(_clock, NullLoggerFactory.Instance);

        // Sign-in looks the staff member up in master data, before the clock moves.
        _masterData.Add(Tenant, "S001", "Alice");
        _masterDataHost = await _masterData.StartAsync(_cluster, "report", "journal");

        // The subscribers start first, so their subscriptions are in place before anything is published.
        _report = await StartSubscriberAsync("report", _atReport);
        _journal = await StartSubscriberAsync("journal", _atJournal);
        _terminal = await TerminalTestService.StartAsync(
            // The outbox is the retry loop here; the Dapr helper's own retries would wait on the fake clock.
            new Dictionary<string, string?> { ["Kugelpos:Dapr:MaxAttempts"] = "1" },
            builder => builder.Services.AddSingleton<TimeProvider>(_clock),
            new TestSidecar("terminal") { ActorStore = ActorStore.Embedded, Resources = PubSubOn(_pubsubThatDies), Cluster = _cluster });
    }

    public async Task DisposeAsync()
    {
        if (_terminal is not null)
        {
            await _terminal.DisposeAsync();
        }

        if (_report is not null)
        {
            await _report.DisposeAsync();
        }

        if (_journal is not null)
        {
            await _journal.DisposeAsync();
        }

        if (_masterDataHost is not null)
        {
            await _masterDataHost.DisposeAsync();
        }

        await _cluster.DisposeAsync();
        await Task.WhenAll(_pubsubThatDies.DisposeAsync(), _pubsub.DisposeAsync());
    }

    [Fact]
    public async Task Logs_of_an_open_a_cash_in_and_a_close_made_while_pubsub_is_down_each_reach_every_subscriber_once()
    {
        using var patience = new CancellationTokenSource(Patience);
        var user = Terminal.UserToken(Tenant);
        var terminalId = await CreateTerminalAsync(user);
        await OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });

        // Pub/sub dies; the terminal still opens (with an initial amount: a cash log too), takes cash and closes.
        await _pubsubThatDies.DisposeAsync();
        await OperateAsync(terminalId, "open", user, new { initialAmount = 30000 });
        await OperateAsync(terminalId, "cash-in", user, new { amount = 1000, description = "Change" });
        await OperateAsync(terminalId, "close", user, new { physicalAmount = 31000 });

        // Each log's publication has failed or, behind a failure in the same relay run, waits for
        // pub/sub untried (the outbox says so; each failure takes the Redis client's seconds of
        // real time); none reached a subscriber.
        await Terminal.Logs.WaitForAsync(_ => HeldPublications().Count >= 4, Patience);
        Assert.Empty(_atReport.Deliveries);
        Assert.Empty(_atJournal.Deliveries);

        // Pub/sub is back: the terminal's sidecar now reaches the Redis the subscribers read; the backoff's first second passes.
        await RestorePubSubAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(_atReport.WhenDistinctAsync(4, patience.Token), _atJournal.WhenDistinctAsync(4, patience.Token));

        // A second open behind them (two more logs, on both topics) shows nothing of the first four came twice.
        await OperateAsync(terminalId, "open", user, new { initialAmount = 20000 });
        await Task.WhenAll(_atReport.WhenDistinctAsync(6, patience.Token), _atJournal.WhenDistinctAsync(6, patience.Token));

        // Both subscribers confirmed all six through delivery-status; past the five minutes after
        // which an unconfirmed log is published again, logs behind them show none came back.
        await Terminal.Logs.WaitForAsync(_ => DeliveryReports() >= 12, Patience);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await OperateAsync(terminalId, "cash-out", user, new { amount = 500 });
        await OperateAsync(terminalId, "close", user, new { physicalAmount = 19500 });
        await Task.WhenAll(_atReport.WhenDistinctAsync(8, patience.Token), _atJournal.WhenDistinctAsync(8, patience.Token));

        foreach (var subscriber in new[] { _atReport, _atJournal })
        {
            var received = subscriber.Distinct;
            Assert.All(received, r => Assert.Equal(1, r.Times));
            Assert.Equal(HeldPublications().Order(), received.Take(4).Select(r => r.Event.EventId).Order());

            // Logs published together may arrive in either order.
            Assert.Equal(
                ["close", "close", "open", "open"],
                received.Select(r => r.Event).OfType<OpenCloseLog>().Select(l => l.Operation).Order());
            Assert.Equal(
                [-500m, 1000m, 20000m, 30000m],
                received.Select(r => r.Event).OfType<CashInOutLog>().Select(l => l.Amount).Order());
        }
    }

    private static Dictionary<string, string> PubSubOn(RedisServer redis) => new(StringComparer.Ordinal)
    {
        ["pubsub-opencloselog.yaml"] = RedisPubSub.Component(EventChannels.OpenCloseLogPubSub, redis),
        ["pubsub-cashlog.yaml"] = RedisPubSub.Component(EventChannels.CashlogPubSub, redis),
    };

    // A subscriber of both logs as report and journal are: it records what arrives and confirms it
    // to the terminal through delivery-status, signed with a service token.
    private Task<ServiceTestHost> StartSubscriberAsync(string service, ReceivedEvents delivered) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults(service);
            builder.AddKugelposJwt();
            builder.Services.AddKugelposDeliveryStatusCallback();
            builder.Services.AddSingleton(delivered);
        },
        app =>
        {
            app.MapServiceDefaults();
            app.UseKugelposSubscriptions();
            app.MapKugelposSubscription<OpenCloseLog, RecordingHandler<OpenCloseLog>>(EventChannels.OpenCloseLog);
            app.MapKugelposSubscription<CashInOutLog, RecordingHandler<CashInOutLog>>(EventChannels.Cashlog);

            // The terminal service prepares each new tenant in report and journal too.
            new TenantSetupStandIn().Map(app);
        },
        configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock),
        sidecar: new TestSidecar(service) { Resources = PubSubOn(_pubsub), Cluster = _cluster });

    // How many delivery-status reports the terminal has answered 200, by its request log (one line a request).
    private int DeliveryReports() => Terminal.Logs.Events.Count(e =>
        e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
        && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().EndsWith("/delivery-status\"", StringComparison.Ordinal)
        && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200");

    // The ids of the events whose publication the outbox reported failed, or put off behind a failure.
    private HashSet<Guid> HeldPublications() =>
    [
        .. Terminal.Logs.Events
            .Where(e => (e.MessageTemplate.Text.StartsWith("Publishing event", StringComparison.Ordinal)
                    || e.MessageTemplate.Text.Contains("waits for pub/sub", StringComparison.Ordinal))
                && e.Properties.TryGetValue("EventId", out var id) && id is ScalarValue)
            .Select(e => Guid.Parse(((ScalarValue)e.Properties["EventId"]).Value!.ToString()!)),
    ];

    private async Task RestorePubSubAsync()
    {
        var resources = Terminal.Sidecar!.Options.ResourcesPath!;
        foreach (var (file, yaml) in PubSubOn(_pubsub))
        {
            await File.WriteAllTextAsync(Path.Combine(resources, file), yaml);
        }

        await Terminal.RestartSidecarAsync();
    }

    private async Task<string> CreateTerminalAsync(string user)
    {
        await Terminal.EnsuredStoreAsync(Tenant, "S01");
        using var response = await Terminal.SendAsync(HttpMethod.Post, "/api/v1/terminals", new { storeCode = "S01", terminalNo = 1, description = "Front till" }, user);
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("data").GetProperty("terminalId").GetString()!;
    }

    private async Task OperateAsync(string terminalId, string operation, string user, object body)
    {
        using var response = await Terminal.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", body, user);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation}: {(int)response.StatusCode} {envelope}");
    }
}
