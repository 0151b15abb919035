namespace Kugelpos.Contracts;

/// <summary>
/// An event that Kugelpos services exchange over Dapr pub/sub. Subscribers use
/// <see cref="EventId"/> to apply each event exactly once.
/// </summary>
public interface IKugelposEvent
{
    /// <summary>The unique id of this event (wire name <c>event_id</c>, a UUID string).</summary>
    Guid EventId { get; }
}
