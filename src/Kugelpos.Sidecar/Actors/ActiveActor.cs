namespace Kugelpos.Sidecar.Actors;

/// <summary>An activated actor: when it was last used and how many calls are in it.</summary>
internal sealed class ActiveActor(string actorType, string actorId, DateTimeOffset lastUsed)
{
    public string ActorType { get; } = actorType;

    public string ActorId { get; } = actorId;

    public DateTimeOffset LastUsed { get; set; } = lastUsed;

    public int Busy { get; set; }
}
