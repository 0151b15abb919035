namespace Kugelpos.EventDedup.Actors;

/// <summary>The dedup actor's state: its event was applied, on this topic, at this time.</summary>
/// <param name="Topic">The topic the event was applied from.</param>
/// <param name="ProcessedAt">When it was applied.</param>
public sealed record ProcessedMark(string Topic, DateTimeOffset ProcessedAt);
