using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The reminders of one host's actors: persisted per actor type in the actor state store, so they
/// fire across restarts. Every change is saved first and scheduled only once the save succeeded,
/// as daprd does, so a failed save changes nothing.
/// </summary>
internal sealed class ActorReminders : IDisposable
{
    private readonly ReminderStore _store;
    private readonly ActorJobSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private readonly SemaphoreSlim _writes = new(1, 1);

    // The stored lists as they stand, by actor type and partition, changed only under _writes: a
    // change saves its own list without looking through every reminder of the host.
    private readonly Dictionary<(string ActorType, int Partition), Dictionary<string, ActorJob>> _lists = [];

    /// <summary>
    /// Keeps <paramref name="appId"/>'s reminders in <paramref name="store"/> under <paramref name="storePolicy"/>,
    /// each type's in as many lists as <paramref name="partitionsOf"/> says (0 for one).
    /// </summary>
    public ActorReminders(string appId, IStateStore store, ComponentPolicy storePolicy, Func<string, int> partitionsOf, ActorActivation activation, ActorAppClient app, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        _store = new ReminderStore(store, appId, storePolicy, partitionsOf);
        _schedule = new ActorJobSchedule(isTimer: false, activation, app, time, logger, PersistAfterFiringAsync, stopping);
        _time = time;
        _logger = logger;
        _stopping = stopping;
    }

    /// <summary>Schedules the persisted reminders of <paramref name="actorTypes"/>.</summary>
    public async Task LoadAsync(IEnumerable<string> actorTypes, CancellationToken cancellationToken)
    {
        // A loaded reminder may fire at once, and its firing saves its list: not before the list is whole.
        await _writes.WaitAsync(cancellationToken);
        try
        {
            foreach (var type in actorTypes)
            {
                foreach (var reminder in await _store.LoadAsync(type, cancellationToken))
                {
                    ListOf(type, _store.PartitionOf(type, reminder.ActorId))[reminder.Key] = reminder;
                    _schedule.Schedule(reminder);
                }
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Creates or replaces a reminder; a reminder it would have replaced keeps its schedule if the save fails.</summary>
    /// <exception cref="DaprApiException">A schedule daprd refuses (400), or the store failed (500); both <c>ERR_ACTOR_REMINDER_CREATE</c>.</exception>
    public async Task RegisterAsync(string actorType, string actorId, string name, ActorJobRequest request, CancellationToken cancellationToken)
    {
        var job = ActorJob.Create(actorType, actorId, name, request, _time.GetUtcNow(), "ERR_ACTOR_REMINDER_CREATE");
        try
        {
            await ChangeAsync(actorType, actorId, job.Key, job, cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder", e);
        }
    }

    /// <summary>The reminder, or null.</summary>
    public ActorJob? Get(string actorType, string actorId, string name) =>
        _schedule.Find(ActorJobKey.Of(actorType, actorId, name));

    /// <summary>Deletes a reminder (absent is fine); after a failed save it keeps firing and stays stored.</summary>
    /// <exception cref="DaprApiException">The store failed (500 <c>ERR_ACTOR_REMINDER_DELETE</c>).</exception>
    public async Task DeleteAsync(string actorType, string actorId, string name, CancellationToken cancellationToken)
    {
        try
        {
            await ChangeAsync(actorType, actorId, ActorJobKey.Of(actorType, actorId, name), null, cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_REMINDER_DELETE", "error deleting actor reminder", e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _schedule.Dispose();
        _writes.Dispose();
    }

    private async Task PersistAfterFiringAsync(ActorJob fired)
    {
        var actorType = fired.ActorType;
        try
        {
            await _writes.WaitAsync(_stopping);
            try
            {
                // The firing re-armed the job or retired it: the list keeps what the schedule now holds.
                var partition = _store.PartitionOf(actorType, fired.ActorId);
                var list = ListOf(actorType, partition);
                if (_schedule.Find(fired.Key) is { } current)
                {
                    list[fired.Key] = current;
                }
                else
                {
                    list.Remove(fired.Key);
                }

                await _store.SaveAsync(actorType, partition, list.Values, _stopping);
            }
            finally
            {
                _writes.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }
#pragma warning disable CA1031 // A firing runs unobserved; any store failure must be logged, not lost.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Persisting the reminders of actor type {ActorType} failed", actorType);
        }
    }

    /// <summary>
    /// Sets the reminder under <paramref name="key"/> to <paramref name="replacement"/>, or deletes
    /// it when null: saves the list it falls in as it will be, and changes the schedule only once
    /// the save succeeded. Under the write lock throughout, so no other create, delete or save of a
    /// firing interleaves between the save and the change it stands for.
    /// </summary>
    private async Task ChangeAsync(string actorType, string actorId, string key, ActorJob? replacement, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (replacement is null && !_schedule.Contains(key))
            {
                // Deleting an absent reminder: nothing to save.
                return;
            }

            var partition = _store.PartitionOf(actorType, actorId);
            var stored = ListOf(actorType, partition);
            var reminders = stored.Values.Where(job => job.Key != key).ToList();
            if (replacement is not null)
            {
                reminders.Add(replacement);
            }

            await _store.SaveAsync(actorType, partition, reminders, cancellationToken);
            if (replacement is not null)
            {
                stored[key] = replacement;
                _schedule.Schedule(replacement);
            }
            else
            {
                stored.Remove(key);
                _schedule.Cancel(key);
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    private Dictionary<string, ActorJob> ListOf(string actorType, int partition)
    {
        if (!_lists.TryGetValue((actorType, partition), out var list))
        {
            list = new Dictionary<string, ActorJob>(StringComparer.Ordinal);
            _lists[(actorType, partition)] = list;
        }

        return list;
    }
}
