using Dapr.Actors.Runtime;

namespace Kugelpos.Testing.Actors;

/// <summary>
/// What the state manager remembers of one state name between saves: the value as the actor
/// handed it over, its type, the pending change and its expiry (the SDK's StateMetadata).
/// </summary>
internal sealed class TrackedActorState
{
    private TrackedActorState(object? value, Type type, StateChangeKind changeKind, DateTimeOffset? expiresAt)
    {
        Value = value;
        Type = type;
        ChangeKind = changeKind;
        ExpiresAt = expiresAt;
    }

    public object? Value { get; set; }

    public Type Type { get; }

    public StateChangeKind ChangeKind { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public static TrackedActorState Create<T>(T value, StateChangeKind changeKind, DateTimeOffset? expiresAt = null) =>
        new(value, typeof(T), changeKind, expiresAt);

    public static TrackedActorState ForRemove() => new(null, typeof(object), StateChangeKind.Remove, null);

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now;
}
