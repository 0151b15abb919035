namespace Kugelpos.Benchmarks.Events;

/// <summary>What <c>XINFO GROUPS</c> says about one subscriber's consumer group on the stream at one moment.</summary>
/// <param name="Exists">Whether the group exists: it is created when the subscriber's sidecar first subscribes.</param>
/// <param name="EntriesRead">The group's <c>entries-read</c>: how many of the stream's entries it has been handed.</param>
/// <param name="Pending">Entries handed to it and not yet acknowledged.</param>
public sealed record GroupReading(bool Exists, long EntriesRead, long Pending)
{
    /// <summary>The reading of a group that does not exist (yet).</summary>
    public static GroupReading Absent { get; } = new(false, 0, 0);

    /// <summary>Entries the group has read and acknowledged.</summary>
    public long Acknowledged => Exists ? Math.Max(0, EntriesRead - Pending) : 0;
}
