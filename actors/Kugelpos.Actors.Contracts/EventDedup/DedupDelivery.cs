namespace Kugelpos.Actors.Contracts.EventDedup;

/// <summary>A delivered event on its way into its dedup actor.</summary>
/// <param name="Topic">The topic it arrived on; names the handler that applies it.</param>
/// <param name="Event">The event as delivered (the original's snake_case JSON), read by that handler.</param>
public sealed record DedupDelivery(string Topic, string Event);
