namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// How far one subscriber has come with the events of one run, from successive readings of its
/// consumer group. The group reads the stream in order from its start, so the run's events are done
/// once it has acknowledged every entry appended before the run and every entry of the run.
/// </summary>
/// <param name="appId">The subscriber's app id, which is also its consumer group.</param>
/// <param name="before">Entries the stream had before the run's first publish.</param>
/// <param name="published">The run's publishes that went through.</param>
public sealed class SubscriberProgress(string appId, long before, long published)
{
    /// <summary>The subscriber's app id and consumer group.</summary>
    public string AppId { get; } = appId;

    /// <summary>The run's publishes the subscriber had to complete.</summary>
    public long Published { get; } = published;

    /// <summary>Whether any reading found its consumer group, i.e. whether the subscriber subscribed at all.</summary>
    public bool GroupSeen { get; private set; }

    /// <summary>The run's events acknowledged (applied, skipped as duplicates or dropped) so far.</summary>
    public long Completed { get; private set; }

    /// <summary>When, from the run's first publish, the last of the run's events had been acknowledged; null until then.</summary>
    public TimeSpan? DoneAfter { get; private set; }

    /// <summary>When, from the run's first publish, a reading last found more events acknowledged; null if none ever was.</summary>
    public TimeSpan? LastProgressAfter { get; private set; }

    /// <summary>Whether every event of the run has been acknowledged.</summary>
    public bool Done => DoneAfter is not null;

    /// <summary>Takes in a reading made <paramref name="at"/> after the run's first publish.</summary>
    public void Observe(GroupReading reading, TimeSpan at)
    {
        ArgumentNullException.ThrowIfNull(reading);
        GroupSeen |= reading.Exists;
        // A group still behind on entries from before the run has acknowledged none of the run's.
        var completed = Math.Clamp(reading.Acknowledged - before, 0, Published);
        if (completed > Completed)
        {
            Completed = completed;
            LastProgressAfter = at;
        }

        if (DoneAfter is null && Completed == Published)
        {
            DoneAfter = at;
        }
    }

    /// <summary>Events completed per second from the run's first publish until it was done, or until <paramref name="waitEnded"/> when it never was.</summary>
    public double EventsPerSecond(TimeSpan waitEnded) => Rate(Completed, DoneAfter ?? waitEnded);

    /// <summary><paramref name="events"/> over <paramref name="window"/>; none in an empty window.</summary>
    public static double Rate(long events, TimeSpan window) => window > TimeSpan.Zero ? events / window.TotalSeconds : 0;
}
