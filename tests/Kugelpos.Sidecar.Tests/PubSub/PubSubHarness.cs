using System.Globalization;
using Dapr.Client;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// Sidecars and subscriber apps of one test, on one cluster, over a resources folder of its
/// own; everything is stopped and deleted on dispose.
/// </summary>
public sealed class PubSubHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly List<IAsyncDisposable> _sidecars = [];
    private readonly List<IAsyncDisposable> _apps = [];
    private readonly List<DaprClient> _clients = [];

    /// <summary>
    /// A harness with a pubsub.redis component <c>orders</c> (processingTimeout 1s, plus
    /// <paramref name="metadata"/>) and a fast inbound retry policy (three retries 10 ms apart).
    /// </summary>
    public static PubSubHarness WithRedis(string redisHost, TimeProvider? time = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var harness = new PubSubHarness(Directory.CreateTempSubdirectory("kugelpos-pubsub-").FullName, time ?? TimeProvider.System);
        var extra = string.Concat((metadata ?? new Dictionary<string, string>()).Select(m => $"\n  - name: {m.Key}\n    value: \"{m.Value}\""));
        harness.Write("orders.yaml", $$"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: orders
            spec:
              type: pubsub.redis
              version: v1
              metadata:
              - name: redisHost
                value: "{{redisHost}}"
              - name: processingTimeout
                value: 1s
              - name: redeliverInterval
                value: 100ms{{extra}}
            """);
        harness.WriteFastRetry();
        return harness;
    }

    /// <summary>
    /// A harness with a pubsub.in-memory component <c>orders</c>, with the fast inbound retry
    /// policy of <see cref="WithRedis"/> when <paramref name="fastRetry"/> is set.
    /// </summary>
    public static PubSubHarness WithInMemory(bool fastRetry = false)
    {
        var harness = new PubSubHarness(Directory.CreateTempSubdirectory("kugelpos-pubsub-").FullName, TimeProvider.System);
        harness.Write("orders.yaml", """
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: orders
            spec:
              type: pubsub.in-memory
              version: v1
            """);
        if (fastRetry)
        {
            harness.WriteFastRetry();
        }

        return harness;
    }

    /// <summary>A harness over the resources in <paramref name="folder"/>, which it deletes on dispose.</summary>
    public static PubSubHarness Over(string folder) => new(folder, TimeProvider.System);

    private PubSubHarness(string folder, TimeProvider time)
    {
        _folder = folder;
        Cluster = new SidecarCluster(time, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
    }

    /// <summary>The cluster every sidecar of the test shares.</summary>
    public SidecarCluster Cluster { get; }

    /// <summary>A topic name no other test uses.</summary>
    public static string NewTopic(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Guid.NewGuid():N}");

    /// <summary>The <c>/dapr/subscribe</c> answer subscribing <paramref name="route"/> to <paramref name="topic"/> of <c>orders</c>.</summary>
    public static object[] Subscribe(string topic, string route = "/orders", string? deadLetterTopic = null) =>
        [new Dictionary<string, object?> { ["pubsubname"] = "orders", ["topic"] = topic, ["route"] = route, ["deadLetterTopic"] = deadLetterTopic }];

    /// <summary>Publishes <c>{ n }</c> to <paramref name="topic"/> of <c>orders</c> for each of <paramref name="numbers"/>, in order.</summary>
    public static async Task PublishAsync(DaprClient client, string topic, IEnumerable<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(numbers);
        foreach (var n in numbers)
        {
            await client.PublishEventAsync("orders", topic, new { n });
        }
    }

    /// <summary>The <c>n</c> of a delivered event published by <see cref="PublishAsync"/>.</summary>
    public static int N(Received received)
    {
        ArgumentNullException.ThrowIfNull(received);
        return received.Event.GetProperty("data").GetProperty("n").GetInt32();
    }

    /// <summary>Adds a resource file to the folder (before sidecars start).</summary>
    public void Write(string name, string yaml) => File.WriteAllText(Path.Combine(_folder, name), yaml);

    // Three inbound retries 10 ms apart for component orders: one delivery that keeps failing is four attempts.
    private void WriteFastRetry() => Write("resiliency.yaml", FastInboundRetry.For("orders"));

    /// <summary>Starts a sidecar for <paramref name="appId"/>, with an app on <paramref name="appPort"/> or none.</summary>
    public async Task<LocalSidecar> SidecarAsync(string appId, int? appPort = null, string? appToken = null)
    {
        var sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = appId, AppPort = appPort, DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _folder, AppToken = appToken }, Cluster);
        _sidecars.Add(sidecar);
        return sidecar;
    }

    /// <summary>Starts a subscriber app and then its sidecar, as daprd expects its app up first.</summary>
    public async Task<(SubscriberApp App, LocalSidecar Sidecar)> SubscriberAsync(string appId, object subscriptions,
        Func<Received, HttpContext, Task<IResult>>? answer = null, System.Threading.Channels.Channel<Received>? sink = null, string? appToken = null)
    {
        var app = await SubscriberApp.StartAsync(subscriptions, answer, sink);
        _apps.Add(app);
        return (app, await SidecarAsync(appId, app.Port, appToken));
    }

    /// <summary>The real Dapr SDK client pointed at <paramref name="sidecar"/>.</summary>
    public DaprClient Client(LocalSidecar sidecar)
    {
        var client = LoneSidecar.ClientFor(sidecar);
        _clients.Add(client);
        return client;
    }

    /// <summary>Stops a sidecar early (a subscriber dying).</summary>
    public async Task StopAsync(LocalSidecar sidecar)
    {
        _sidecars.Remove(sidecar);
        await sidecar.DisposeAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var sidecar in Enumerable.Reverse(_sidecars))
        {
            await sidecar.DisposeAsync();
        }

        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await Cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
