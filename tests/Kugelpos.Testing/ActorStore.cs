namespace Kugelpos.Testing;

/// <summary>Where a <see cref="TestSidecar"/> keeps actor state: component <see cref="Name"/>, on a real Redis, embedded or in memory.</summary>
public sealed class ActorStore
{
    /// <summary>The component's name, e.g. for a Resiliency resource's targets.</summary>
    public const string Name = "actorstore";

    private readonly string _type;
    private readonly Func<string, (string Key, string Value)>? _location;
    private readonly int? _ttlInSeconds;

    private ActorStore(string type, Func<string, (string Key, string Value)>? location, int? ttlInSeconds = null)
    {
        _type = type;
        _location = location;
        _ttlInSeconds = ttlInSeconds;
    }

    /// <summary>The embedded store: a SQLite file in the sidecar's resources folder, kept across sidecar restarts.</summary>
    public static ActorStore Embedded { get; } = new("state.sqlite", folder => ("connectionString", Path.Combine(folder, Name + ".db")));

    /// <summary>A store in the sidecar's memory: lost when the sidecar stops.</summary>
    public static ActorStore InMemory { get; } = new("state.in-memory", null);

    /// <summary>A store on <paramref name="redis"/>, in daprd's Redis layout.</summary>
    public static ActorStore OnRedis(RedisServer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return new ActorStore("state.redis", _ => ("redisHost", redis.Host));
    }

    /// <summary>This store with the component metadata <c>ttlInSeconds</c>: the TTL of every write that carries none (the cartstore's 36000).</summary>
    public ActorStore WithDefaultTtl(int ttlInSeconds) => new(_type, _location, ttlInSeconds);

    /// <summary>The component's YAML for a sidecar whose resources are in <paramref name="folder"/>.</summary>
    public string Component(string folder)
    {
        // Single quotes: YAML reads a Windows path's backslashes in them literally.
        var entries = string.Empty;
        if (_location is not null)
        {
            var (key, value) = _location(folder);
            entries = $"\n  - name: {key}\n    value: '{value}'";
        }

        if (_ttlInSeconds is { } ttl)
        {
            entries += string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\n  - name: ttlInSeconds\n    value: \"{ttl}\"");
        }

        return $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: {Name}
            spec:
              type: {_type}
              version: v1
              metadata:{entries}
              - name: actorStateStore
                value: "true"
            """;
    }
}
