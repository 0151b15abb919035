namespace Kugelpos.Sidecar.Actors;

/// <summary>An activated actor: when it was last used and how many calls are in it.</summary>
internal sealed class ActiveActor(string key, string actorType, string actorId, DateTimeOffset lastUsed)
{
    /// <summary>Its <c>type||id</c> key among the host's actors and turn locks.</summary>
    public string Key { get; } = key;

    public string ActorType { get; } = actorType;

    public string ActorId { get; } = actorId;

    public DateTimeOffset LastUsed { get; set; } = lastUsed;

    public int Busy { get; set; }
}
