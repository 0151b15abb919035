namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// The component types the local sidecar implements and the metadata each cannot do without.
/// Anything else fails start-up, as daprd fails on a component it has no implementation for.
/// </summary>
public static class ComponentTypes
{
    /// <summary>Redis state store (daprd's key layout and Lua semantics).</summary>
    public const string StateRedis = "state.redis";

    /// <summary>SQLite state store: durable on one machine with no server.</summary>
    public const string StateSqlite = "state.sqlite";

    /// <summary>In-memory state store: gone with the process.</summary>
    public const string StateInMemory = "state.in-memory";

    /// <summary>Redis Streams pub/sub.</summary>
    public const string PubSubRedis = "pubsub.redis";

    /// <summary>In-process pub/sub shared by the sidecars of one process.</summary>
    public const string PubSubInMemory = "pubsub.in-memory";

    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        [StateRedis] = ["redisHost"],
        [StateSqlite] = ["connectionString"],
        [StateInMemory] = [],
        [PubSubRedis] = ["redisHost"],
        [PubSubInMemory] = [],
    };

    /// <summary>True for state store types.</summary>
    public static bool IsState(string type) => type.StartsWith("state.", StringComparison.Ordinal);

    /// <summary>True for pub/sub types.</summary>
    public static bool IsPubSub(string type) => type.StartsWith("pubsub.", StringComparison.Ordinal);

    /// <summary>Fails with the file and field named when the component's type or metadata cannot work.</summary>
    public static void Validate(ComponentSpec component)
    {
        if (!Required.TryGetValue(component.Type, out var required))
        {
            throw new ResourceLoadException(component.File, "spec.type",
                $"component '{component.Name}' has type '{component.Type}', which the local sidecar does not implement (it has {string.Join(", ", Required.Keys)})");
        }

        foreach (var name in required)
        {
            component.Require(name);
        }

        // Read every typed value once now, so a bad number fails at start-up and not on first use.
        component.GetInt("redisDB", 0);
        component.GetInt("ttlInSeconds", 0);
        component.GetBool("actorStateStore", false);
        component.GetDuration("processingTimeout", TimeSpan.FromSeconds(60));
        component.GetDuration("redeliverInterval", TimeSpan.FromSeconds(60));
        if (component.Type == PubSubRedis)
        {
            component.GetCount("concurrency", 1);
            component.GetCount("queueDepth", 1);
        }

        if (component.Metadata.ContainsKey("databaseIndex"))
        {
            // The seed's mistake: Dapr's Redis components read redisDB. Silently ignoring it
            // would put every store in database 0, which is exactly what the seed tried to avoid.
            throw new ResourceLoadException(component.File, "spec.metadata[databaseIndex]",
                $"component '{component.Name}': Dapr's Redis components read 'redisDB', not 'databaseIndex'");
        }
    }
}
