using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Runtime;

namespace Kugelpos.Testing.Actors;

/// <summary>
/// The actor state store of a unit test: what every actor's saves have committed, as JSON per
/// actor type, id and state name, with TTLs on the test's clock. Hand one out per actor
/// instance with <see cref="ManagerFor"/>; a second instance over the same store sees what the
/// first saved, as a reactivated actor would.
/// </summary>
/// <remarks>
/// Values travel through <see cref="JsonSerializer"/> with the runtime's default options
/// (<c>JsonSerializerDefaults.Web</c>, as <c>ActorRuntimeOptions</c> and
/// <c>ActorTestOptions</c> use), so a state type that would not survive daprd fails here too.
/// </remarks>
public sealed class InMemoryActorStateStore
{
    private readonly Dictionary<(string ActorType, string ActorId, string StateName), StoredActorState> _states = [];
    private readonly Lock _lock = new();

    /// <summary>A store on the system clock with the runtime's JSON options.</summary>
    public InMemoryActorStateStore()
        : this(TimeProvider.System)
    {
    }

    /// <summary>A store whose TTLs follow <paramref name="time"/>.</summary>
    /// <param name="time">The clock TTLs are measured on.</param>
    /// <param name="jsonOptions">The JSON options values are stored with; the runtime's by default.</param>
    /// <param name="defaultTtl">
    /// The component's <c>ttlInSeconds</c> (the cartstore's ten hours): a write without a TTL of its
    /// own expires after it, as daprd's state stores apply it. Null: such writes never expire.
    /// </param>
    public InMemoryActorStateStore(TimeProvider time, JsonSerializerOptions? jsonOptions = null, TimeSpan? defaultTtl = null)
    {
        Time = time;
        JsonOptions = jsonOptions ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DefaultTtl = defaultTtl;
    }

    /// <summary>The clock TTLs are measured on.</summary>
    public TimeProvider Time { get; }

    /// <summary>The JSON options values are stored with.</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>The TTL of a write that carries none; null when such writes never expire.</summary>
    public TimeSpan? DefaultTtl { get; }

    /// <summary>How many saves carried changes to the store (a save with nothing pending does not count).</summary>
    public int SaveCount { get; private set; }

    /// <summary>A state manager for the actor <paramref name="host"/> hosts, to pass to the actor's constructor.</summary>
    public IActorStateManager ManagerFor(ActorHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new InMemoryActorStateManager(this, host.ActorTypeInfo.ActorTypeName, host.Id.GetId());
    }

    /// <summary>The committed value of one actor's state, if it is there and not expired.</summary>
    public bool TryRead<T>(string actorType, ActorId actorId, string stateName, out T? value)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        if (TryLoad(actorType, actorId.GetId(), stateName) is { } stored)
        {
            value = JsonSerializer.Deserialize<T>(stored.Json, JsonOptions);
            return true;
        }

        value = default;
        return false;
    }

    internal StoredActorState? TryLoad(string actorType, string actorId, string stateName)
    {
        lock (_lock)
        {
            return _states.TryGetValue((actorType, actorId, stateName), out var stored)
                && !(stored.ExpiresAt is { } expiry && expiry <= Time.GetUtcNow())
                ? stored
                : null;
        }
    }

    /// <summary>Applies one save's changes all at once, as daprd's state transaction does.</summary>
    internal void Apply(string actorType, string actorId, IReadOnlyList<(string StateName, StoredActorState? Value)> changes)
    {
        lock (_lock)
        {
            foreach (var (stateName, value) in changes)
            {
                if (value is null)
                {
                    _states.Remove((actorType, actorId, stateName));
                }
                else
                {
                    // The state manager, as the SDK's, never learns of the store's default TTL.
                    _states[(actorType, actorId, stateName)] = value.ExpiresAt is null && DefaultTtl is { } ttl
                        ? value with { ExpiresAt = Time.GetUtcNow().Add(ttl) }
                        : value;
                }
            }

            SaveCount++;
        }
    }
}
