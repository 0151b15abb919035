namespace Kugelpos.Benchmarks.Events;

/// <summary>What one publishing run of the events mode measured.</summary>
/// <param name="Publishing">The publish calls: rate, latencies, failures.</param>
/// <param name="Published">Publishes that went through, duplicates included.</param>
/// <param name="Duplicates">Publishes that repeated an event already published.</param>
/// <param name="StreamGrowth">Entries the stream gained from the first publish until the wait ended.</param>
/// <param name="FirstPublishError">What the first failed publish said, if one failed.</param>
/// <param name="Subscribers">Each subscriber's progress when the wait ended.</param>
/// <param name="WaitEnded">When the wait for the subscribers ended, from the first publish.</param>
public sealed record EventsRun(
    LatencyStats Publishing,
    long Published,
    long Duplicates,
    long StreamGrowth,
    string? FirstPublishError,
    IReadOnlyList<SubscriberProgress> Subscribers,
    TimeSpan WaitEnded);
