namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// How long the benchmark waits for the subscribers once publishing has stopped: until all are done,
/// at most <see cref="MaxWait"/>, and no longer than <see cref="Stalled"/> after the last time any of
/// them acknowledged anything, so a subscriber that is missing or stuck costs seconds, not a minute.
/// </summary>
public static class CompletionWait
{
    /// <summary>The longest wait after publishing stopped.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <summary>How long the wait goes on while no subscriber acknowledges anything.</summary>
    public static readonly TimeSpan Stalled = TimeSpan.FromSeconds(10);

    /// <summary>Whether to stop waiting at <paramref name="at"/>, both times counted from the run's first publish.</summary>
    /// <param name="subscribers">The subscribers' progress, observed at <paramref name="at"/>.</param>
    /// <param name="at">Now.</param>
    /// <param name="publishingStopped">When the last publish returned.</param>
    public static bool IsOver(IReadOnlyList<SubscriberProgress> subscribers, TimeSpan at, TimeSpan publishingStopped)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        if (subscribers.All(s => s.Done) || at - publishingStopped >= MaxWait)
        {
            return true;
        }

        var lastProgress = subscribers.Select(s => s.LastProgressAfter ?? TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();
        return at - (lastProgress > publishingStopped ? lastProgress : publishingStopped) >= Stalled;
    }
}
