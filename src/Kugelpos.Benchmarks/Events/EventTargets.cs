using System.Globalization;

namespace Kugelpos.Benchmarks.Events;

/// <summary>The subscribers' speed target (issue 10) and the verdict of one run against it.</summary>
public static class EventTargets
{
    /// <summary>Transaction logs per second that report, journal and stock must all complete.</summary>
    public const double MinEventsPerSecond = 1_000;

    /// <summary>
    /// The verdict: the rate through all subscribers counts only when each of them completed every
    /// event of the run, since a rate of the events that went through hides the ones that did not.
    /// </summary>
    /// <param name="subscribers">Each subscriber's progress at the end of the wait: report, journal and stock.</param>
    /// <param name="waitEnded">When the wait for them ended, from the run's first publish.</param>
    public static TargetVerdict Judge(IReadOnlyList<SubscriberProgress> subscribers, TimeSpan waitEnded)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var inv = CultureInfo.InvariantCulture;
        var target = string.Create(inv, $">= {MinEventsPerSecond:N0} events/s through all three");
        var published = subscribers.Count > 0 ? subscribers[0].Published : 0;
        if (published == 0)
        {
            return new(target, false, "nothing was published");
        }

        var rate = SubscribersTogether.EventsPerSecond(subscribers, waitEnded);
        var measured = string.Create(inv, $"{rate:N0} events/s");
        var missing = subscribers.Where(s => !s.GroupSeen).Select(s => s.AppId).ToList();
        if (missing.Count > 0)
        {
            measured += $"; no consumer group for {string.Join(", ", missing)}: not subscribed";
        }

        var unfinished = subscribers.Where(s => s.GroupSeen && !s.Done).ToList();
        if (unfinished.Count > 0)
        {
            measured += "; " + string.Join(", ", unfinished.Select(s => string.Create(inv, $"{s.AppId} completed {s.Completed:N0} of {s.Published:N0}")))
                + " when the wait ended";
        }

        var met = missing.Count == 0 && unfinished.Count == 0 && rate >= MinEventsPerSecond;
        return new(target, met, measured);
    }
}
