namespace Kugelpos.EventDedup.Actors;

/// <summary>How long the dedup actors remember and stay active (section <c>Kugelpos:EventDedup</c>).</summary>
public sealed class EventDedupOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kugelpos:EventDedup";

    /// <summary>
    /// How long a processed mark is kept (the seed's one hour for <c>statestore</c>). A redelivery
    /// after that is still applied once: the services' business writes are keyed by event id.
    /// </summary>
    public TimeSpan MarkTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Idle time after which a dedup actor is deactivated. An event is delivered once, or a few
    /// times within seconds, so its actor is let go soon; the mark stays in the state store.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
