using Kugelpos.Sidecar.Resources;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar;

/// <summary>
/// The components one app loaded (after <c>scopes</c>): its state stores, ready to use, and its
/// pub/sub components. Built once at start-up so a bad component stops the sidecar before any
/// request reaches it.
/// </summary>
public sealed class ComponentRegistry : IAsyncDisposable
{
    private readonly Dictionary<string, IStateStore> _stateStores;
    private readonly Dictionary<string, ComponentSpec> _specs;

    private ComponentRegistry(Dictionary<string, ComponentSpec> specs, Dictionary<string, IStateStore> stateStores, IStateStore? actorStateStore, ConfigurationSpec configuration)
    {
        _specs = specs;
        _stateStores = stateStores;
        ActorStateStore = actorStateStore;
        Configuration = configuration;
    }

    /// <summary>The store marked <c>actorStateStore: "true"</c>, if any.</summary>
    public IStateStore? ActorStateStore { get; }

    /// <summary>The Configuration in force (preview features).</summary>
    public ConfigurationSpec Configuration { get; }

    /// <summary>The pub/sub components this app loaded.</summary>
    public IEnumerable<ComponentSpec> PubSubs => _specs.Values.Where(c => ComponentTypes.IsPubSub(c.Type));

    /// <summary>The state stores this app loaded.</summary>
    public IEnumerable<IStateStore> StateStores => _stateStores.Values;

    /// <summary>The state store called <paramref name="name"/>, or null.</summary>
    public IStateStore? StateStore(string name) => _stateStores.GetValueOrDefault(name);

    /// <summary>The loaded component spec called <paramref name="name"/>, or null.</summary>
    public ComponentSpec? Spec(string name) => _specs.GetValueOrDefault(name);

    /// <summary>Opens every component <paramref name="appId"/> may load from <paramref name="resources"/>.</summary>
    public static async Task<ComponentRegistry> CreateAsync(string appId, ResourceSet resources, ConfigurationSpec configuration, SidecarCluster cluster)
    {
        var log = cluster.LoggerFactory.CreateLogger<ComponentRegistry>();
        var visible = resources.ComponentsFor(appId);
        foreach (var unusable in visible.Where(c => c.Problem is not null))
        {
            Ignore(log, unusable, unusable.Problem!);
        }

        var specs = visible.Where(c => c.Problem is null).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var actorStores = specs.Values.Where(c => ComponentTypes.IsState(c.Type) && c.GetBool("actorStateStore", false)).ToList();
        if (actorStores.Count > 1)
        {
            throw new ResourceLoadException(actorStores[1].File, "spec.metadata[actorStateStore]",
                $"app '{appId}' has more than one actor state store ({string.Join(", ", actorStores.Select(c => c.Name))}); exactly one may be marked");
        }

        var stores = new Dictionary<string, IStateStore>(StringComparer.Ordinal);
        try
        {
            foreach (var spec in specs.Values.Where(c => ComponentTypes.IsState(c.Type)).ToList())
            {
                try
                {
                    stores[spec.Name] = await OpenStateStoreAsync(spec, cluster);
                }
                catch (ResourceLoadException e) when (spec.IgnoreErrors)
                {
                    Ignore(log, spec, e);
                    specs.Remove(spec.Name);
                }
            }

            // A pub/sub's init is reaching its broker; the connection is shared, so the pub/sub runtime reuses it.
            foreach (var spec in specs.Values.Where(c => c.Type == ComponentTypes.PubSubRedis && c.IgnoreErrors).ToList())
            {
                try
                {
                    await cluster.Redis.ConnectAsync(spec);
                }
                catch (ResourceLoadException e)
                {
                    Ignore(log, spec, e);
                    specs.Remove(spec.Name);
                }
            }
        }
        catch
        {
            foreach (var store in stores.Values)
            {
                await store.DisposeAsync();
            }

            throw;
        }

        var actorStore = actorStores.Count == 1 ? stores.GetValueOrDefault(actorStores[0].Name) : null;
        return new ComponentRegistry(specs, stores, actorStore, configuration);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stateStores.Values)
        {
            await store.DisposeAsync();
        }
    }

    // daprd's answer to a component with spec.ignoreErrors that fails: a warning, and the app runs without it.
    private static void Ignore(ILogger log, ComponentSpec spec, ResourceLoadException problem) =>
        log.LogWarning("Ignoring error processing component {Component} ({File}), as its spec.ignoreErrors asks: {Problem}", spec.Name, spec.File, problem.Message);

    private static async Task<IStateStore> OpenStateStoreAsync(ComponentSpec spec, SidecarCluster cluster)
    {
        int? ttl = spec.GetInt("ttlInSeconds", 0) is var t and > 0 ? t : null;
        switch (spec.Type)
        {
            case ComponentTypes.StateRedis:
                var connection = await cluster.Redis.ConnectAsync(spec);
                return new RedisStateStore(spec.Name, connection, spec.GetInt("redisDB", 0), ttl, cluster.Time);
            case ComponentTypes.StateSqlite:
                try
                {
                    return await SqliteStateStore.OpenAsync(spec.Name, spec.Require("connectionString"), spec.Get("tableName", "state")!,
                        ttl, spec.GetDuration("cleanupInterval", TimeSpan.FromHours(1)), cluster.Time);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or ArgumentException)
                {
                    throw new ResourceLoadException(spec.File, "spec.metadata[connectionString]", $"component '{spec.Name}' cannot open its database: {e.Message}", e);
                }

            default:
                return new InMemoryStateStore(spec.Name, ttl, cluster.Time);
        }
    }
}
