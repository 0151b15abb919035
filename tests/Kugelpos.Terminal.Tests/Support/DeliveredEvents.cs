using Kugelpos.Contracts;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>What a test subscriber was handed, each event with the number of times it came, counted by event id.</summary>
internal sealed class DeliveredEvents
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (IKugelposEvent Event, int Times)> _received = [];
    private readonly List<Guid> _arrivalOrder = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Each distinct event received, in the order each first came, with how many times it came.</summary>
    public IReadOnlyList<(IKugelposEvent Event, int Times)> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _arrivalOrder.Select(id => _received[id])];
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> distinct events (by event id) arrived.</summary>
    public Task WhenDistinctAsync(int count, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_received.Count >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((count, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Counts one delivery of <paramref name="evt"/>.</summary>
    public void Add(IKugelposEvent evt)
    {
        List<TaskCompletionSource> met;
        lock (_gate)
        {
            if (_received.TryGetValue(evt.EventId, out var seen))
            {
                _received[evt.EventId] = (seen.Event, seen.Times + 1);
            }
            else
            {
                _received[evt.EventId] = (evt, 1);
                _arrivalOrder.Add(evt.EventId);
            }

            met = [.. _waiters.Where(w => _received.Count >= w.Count).Select(w => w.Done)];
            _waiters.RemoveAll(w => met.Contains(w.Done));
        }

        foreach (var done in met)
        {
            done.TrySetResult();
        }
    }
}
