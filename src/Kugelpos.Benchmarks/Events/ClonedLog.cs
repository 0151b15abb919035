namespace Kugelpos.Benchmarks.Events;

/// <summary>One distinct transaction log made by <see cref="TranlogClones"/>.</summary>
/// <param name="EventId">Its fresh <c>event_id</c>.</param>
/// <param name="Json">Its wire JSON, ready to publish.</param>
public sealed record ClonedLog(Guid EventId, byte[] Json);
