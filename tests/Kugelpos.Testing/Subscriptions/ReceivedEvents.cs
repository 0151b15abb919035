using Kugelpos.Contracts;

namespace Kugelpos.Testing.Subscriptions;

/// <summary>
/// What a test subscriber was handed: every delivery kept in arrival order (a redelivery is a
/// second entry), and, for a subscriber that records them, the raw request bodies its sidecar
/// posted. Thread-safe; a test awaits a condition instead of sleeping.
/// </summary>
public sealed class ReceivedEvents
{
    private readonly Lock _gate = new();
    private readonly List<IKugelposEvent> _deliveries = [];
    private readonly List<string> _rawBodies = [];
    private readonly List<(Func<IReadOnlyList<IKugelposEvent>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Every delivery so far, in arrival order, redeliveries included.</summary>
    public IReadOnlyList<IKugelposEvent> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Each distinct event (by event id), in the order each first came, with how many times it came.</summary>
    public IReadOnlyList<(IKugelposEvent Event, int Times)> Distinct
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries.GroupBy(e => e.EventId).Select(g => (g.First(), g.Count()))];
            }
        }
    }

    /// <summary>Every body posted to the subscriber, exactly as its sidecar sent it (the CloudEvent envelope included).</summary>
    public IReadOnlyList<string> RawBodies
    {
        get
        {
            lock (_gate)
            {
                return [.. _rawBodies];
            }
        }
    }

    /// <summary>The deliveries of events of type <typeparamref name="TEvent"/>, in arrival order.</summary>
    /// <typeparam name="TEvent">The event type asked for.</typeparam>
    public IReadOnlyList<TEvent> Of<TEvent>()
        where TEvent : IKugelposEvent
    {
        lock (_gate)
        {
            return [.. _deliveries.OfType<TEvent>()];
        }
    }

    /// <summary>
    /// Completes once <paramref name="condition"/> holds of the deliveries so far (in arrival order).
    /// It is checked now and after each delivery, under the record's lock: keep it quick.
    /// </summary>
    public Task WhenAsync(Func<IReadOnlyList<IKugelposEvent>, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition(_deliveries))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The first <paramref name="count"/> deliveries in arrival order, once that many came.</summary>
    public async Task<IReadOnlyList<IKugelposEvent>> WhenDeliveredAsync(int count, CancellationToken cancellationToken)
    {
        await WhenAsync(d => d.Count >= count, cancellationToken);
        return [.. Deliveries.Take(count)];
    }

    /// <summary>Completes once <paramref name="count"/> distinct events (by event id) came.</summary>
    public Task WhenDistinctAsync(int count, CancellationToken cancellationToken) =>
        WhenAsync(d => d.Select(e => e.EventId).Distinct().Count() >= count, cancellationToken);

    /// <summary>Keeps one delivery of <paramref name="evt"/>.</summary>
    public void Add(IKugelposEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        List<TaskCompletionSource> met;
        lock (_gate)
        {
            _deliveries.Add(evt);
            met = [.. _waiters.Where(w => w.Condition(_deliveries)).Select(w => w.Done)];
            _waiters.RemoveAll(w => met.Contains(w.Done));
        }

        foreach (var done in met)
        {
            done.TrySetResult();
        }
    }

    /// <summary>Keeps one raw request body, before anything read it.</summary>
    public void AddRawBody(string body)
    {
        lock (_gate)
        {
            _rawBodies.Add(body);
        }
    }
}
