namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// The subscribers of one run taken together: an event is through all of them once the last one has
/// acknowledged it, so what they completed together is what the one furthest behind completed, over
/// the time until the last of them was done (or until the wait for them ended).
/// </summary>
public static class SubscribersTogether
{
    /// <summary>Events every subscriber has completed.</summary>
    public static long Completed(IReadOnlyList<SubscriberProgress> subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        return subscribers.Count == 0 ? 0 : subscribers.Min(s => s.Completed);
    }

    /// <summary>From the first publish until the last subscriber was done, or <paramref name="waitEnded"/> when one never was.</summary>
    public static TimeSpan Window(IReadOnlyList<SubscriberProgress> subscribers, TimeSpan waitEnded)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        return subscribers.Count > 0 && subscribers.All(s => s.Done) ? subscribers.Max(s => s.DoneAfter!.Value) : waitEnded;
    }

    /// <summary>Events through every subscriber per second over <see cref="Window"/>.</summary>
    public static double EventsPerSecond(IReadOnlyList<SubscriberProgress> subscribers, TimeSpan waitEnded) =>
        SubscriberProgress.Rate(Completed(subscribers), Window(subscribers, waitEnded));
}
