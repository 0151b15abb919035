using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>
/// The pub/sub building block of one sidecar: publishing to the app's pub/sub components, and,
/// while the sidecar runs, consuming the topics the app subscribes to (from
/// <c>GET /dapr/subscribe</c> and from Subscription resources) and delivering them to it.
/// </summary>
public sealed class PubSubRuntime : IHostedService, IDisposable
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(1);

    private readonly SidecarOptions _options;
    private readonly SidecarCluster _cluster;
    private readonly Dictionary<string, IPubSubBroker> _brokers;
    private readonly Dictionary<string, string> _groups;
    private readonly ComponentPolicies _policies;
    private readonly IReadOnlyList<SubscriptionSpec> _declared;
    private readonly AppDelivery? _delivery;
    private readonly AppChannel? _app;
    private readonly ILogger _logger;
    private readonly string _consumer;
    private readonly List<Task> _loops = [];
    private readonly HashSet<(string PubSub, string Topic)> _subscribed = [];
    private readonly CancellationTokenSource _stopping = new();

    private PubSubRuntime(SidecarOptions options, SidecarCluster cluster, Dictionary<string, IPubSubBroker> brokers, Dictionary<string, string> groups,
        IReadOnlyList<SubscriptionSpec> declared, IReadOnlyDictionary<string, RetryPolicySpec> retries, ComponentPolicies policies)
    {
        _options = options;
        _cluster = cluster;
        _brokers = brokers;
        _groups = groups;
        _policies = policies;
        _declared = declared;
        _logger = cluster.LoggerFactory.CreateLogger<PubSubRuntime>();
        _consumer = $"{options.AppId}-{Guid.NewGuid():N}";
        _app = AppChannel.For(options, cluster);
        if (_app is not null)
        {
            _delivery = new AppDelivery(_app, retries, PublishEnvelopeAsync, cluster.Time, _logger);
        }
    }

    /// <summary>Opens a broker for each pub/sub component of <paramref name="components"/>.</summary>
    /// <exception cref="ResourceLoadException">A component cannot reach its broker.</exception>
    public static async Task<PubSubRuntime> CreateAsync(SidecarOptions options, SidecarCluster cluster, ComponentRegistry components, ResourceSet resources,
        ComponentPolicies policies)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(resources);
        var brokers = new Dictionary<string, IPubSubBroker>(StringComparer.Ordinal);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in components.PubSubs)
        {
            // The consumer group is consumerID with {appID} filled in, else the app id, as in daprd.
            groups[spec.Name] = spec.Get("consumerID", options.AppId)!.Replace("{appID}", options.AppId, StringComparison.Ordinal);
            brokers[spec.Name] = spec.Type == ComponentTypes.PubSubRedis
                ? new RedisStreamBroker(spec, await cluster.Redis.ConnectAsync(spec), cluster.Time, cluster.LoggerFactory.CreateLogger<RedisStreamBroker>())
                : cluster.Shared($"pubsub.in-memory|{spec.Name}", () => new InMemoryBroker(cluster.Time, cluster.LoggerFactory.CreateLogger<InMemoryBroker>()));
        }

        return new PubSubRuntime(options, cluster, brokers, groups, resources.SubscriptionsFor(options.AppId), InboundRetries(options.AppId, resources), policies);
    }

    /// <summary>Publishes <paramref name="data"/> to <paramref name="topic"/>, wrapped in a CloudEvent unless <c>rawPayload</c> is set.</summary>
    /// <exception cref="DaprApiException">Unknown pub/sub, empty topic, a bad CloudEvent or a broker failure.</exception>
    public async Task PublishAsync(string pubsubName, string topic, ReadOnlyMemory<byte> data, string? contentType,
        IReadOnlyDictionary<string, string> metadata, string? traceParent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (string.IsNullOrEmpty(pubsubName))
        {
            throw PubSubErrors.NameEmpty();
        }

        if (!_brokers.ContainsKey(pubsubName))
        {
            throw PubSubErrors.NotFound(pubsubName);
        }

        if (string.IsNullOrEmpty(topic))
        {
            throw PubSubErrors.TopicEmpty(pubsubName);
        }

        byte[] message;
        if (metadata.TryGetValue("rawPayload", out var raw) && bool.TryParse(raw, out var isRaw) && isRaw)
        {
            message = data.ToArray();
        }
        else
        {
            try
            {
                message = CloudEventEnvelope.Wrap(data, contentType, _options.AppId, pubsubName, topic, _cluster.Time.GetUtcNow(), traceParent);
            }
            catch (FormatException e)
            {
                throw PubSubErrors.BadCloudEvent(pubsubName, topic, e.Message);
            }
        }

        await PublishEnvelopeAsync(pubsubName, topic, message, metadata, cancellationToken);
    }

    /// <summary>Starts consuming the declared subscriptions and asks the app for its own.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in _declared)
        {
            Subscribe(subscription);
        }

        if (_app is null)
        {
            return;
        }

        if (!await TryDiscoverAsync(cancellationToken))
        {
            // daprd waits for its app; here the sidecar serves meanwhile and keeps asking.
            Track(Task.Run(() => DiscoverUntilReadyAsync(_stopping.Token), CancellationToken.None));
        }
    }

    /// <summary>Stops consuming; messages being handled stay unacknowledged for redelivery.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task[] loops;
        lock (_loops)
        {
            loops = [.. _loops];
        }

        try
        {
            await Task.WhenAll(loops).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation; a host giving up waiting ends them the same way.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The in-memory brokers are the cluster's and outlive this sidecar; the Redis ones are ours.
        foreach (var broker in _brokers.Values.OfType<RedisStreamBroker>())
        {
            broker.Dispose();
        }

        _stopping.Dispose();
    }

    private static Dictionary<string, RetryPolicySpec> InboundRetries(string appId, ResourceSet resources)
    {
        var retries = new Dictionary<string, RetryPolicySpec>(StringComparer.Ordinal);
        foreach (var resiliency in resources.ResilienciesFor(appId))
        {
            foreach (var (component, target) in resiliency.Targets.GetValueOrDefault("components") ?? new Dictionary<string, ResiliencyTargetSpec>())
            {
                if (target.Inbound?.Retry is { } name && resiliency.Retries.TryGetValue(name, out var policy))
                {
                    retries[component] = policy;
                }
            }
        }

        return retries;
    }

    private async Task PublishEnvelopeAsync(string pubsubName, string topic, ReadOnlyMemory<byte> message, CancellationToken cancellationToken) =>
        await PublishEnvelopeAsync(pubsubName, topic, message, new Dictionary<string, string>(), cancellationToken);

    private async Task PublishEnvelopeAsync(string pubsubName, string topic, ReadOnlyMemory<byte> message, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var broker = _brokers.GetValueOrDefault(pubsubName) ?? throw PubSubErrors.NotFound(pubsubName);
        try
        {
            await _policies.For(pubsubName).ExecuteAsync(token => broker.PublishAsync(topic, message, metadata, token), cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw PubSubErrors.PublishFailed(pubsubName, topic, e.Message);
        }
    }

    private async Task<bool> TryDiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = _app!.Request(HttpMethod.Get, "dapr/subscribe");

        try
        {
            using var response = await _app.Client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // An app without subscriptions answers 404 (or nothing useful); it simply has none.
                return true;
            }

            foreach (var subscription in AppSubscriptions.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken), _logger))
            {
                Subscribe(subscription);
            }

            return true;
        }
        catch (FormatException e)
        {
            _logger.LogError("App {AppId}: {Reason}; it gets no programmatic subscriptions", _options.AppId, e.Message);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task DiscoverUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (!await TryDiscoverAsync(cancellationToken))
        {
            await Task.Delay(RestartDelay, _cluster.Time, cancellationToken);
        }
    }

    private void Subscribe(SubscriptionSpec subscription)
    {
        if (_delivery is null)
        {
            _logger.LogWarning("Subscription {PubSub}/{Topic} ignored: the sidecar of {AppId} runs without an app", subscription.PubsubName, subscription.Topic, _options.AppId);
            return;
        }

        if (!_brokers.TryGetValue(subscription.PubsubName, out var broker))
        {
            _logger.LogWarning("Subscription {PubSub}/{Topic} ignored: app {AppId} has no pub/sub named {PubSub}", subscription.PubsubName, subscription.Topic, _options.AppId, subscription.PubsubName);
            return;
        }

        lock (_loops)
        {
            if (!_subscribed.Add((subscription.PubsubName, subscription.Topic)))
            {
                _logger.LogWarning("Subscription {PubSub}/{Topic} declared twice for {AppId}; keeping the first", subscription.PubsubName, subscription.Topic, _options.AppId);
                return;
            }
        }

        var delivery = _delivery;
        Track(ConsumeAsync(broker, subscription, _groups[subscription.PubsubName], (message, token) => delivery.DeliverAsync(subscription, message, token), _stopping.Token));
    }

    private async Task ConsumeAsync(IPubSubBroker broker, SubscriptionSpec subscription, string group, Func<ReadOnlyMemory<byte>, CancellationToken, Task<bool>> handler, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await broker.ConsumeAsync(subscription.Topic, group, _consumer, handler, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Consuming {PubSub}/{Topic} failed; starting again", subscription.PubsubName, subscription.Topic);
                try
                {
                    await Task.Delay(RestartDelay, _cluster.Time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Track(Task loop)
    {
        lock (_loops)
        {
            _loops.Add(loop);
        }
    }
}
