using System.Collections.Concurrent;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The actor host of one app: forwards calls to it one turn at a time per actor id, fires its
/// timers and reminders under the same turn, and deactivates idle actors. Registered in the
/// <see cref="ActorPlacement"/> so every sidecar of the process reaches it. Timers and reminders
/// are two namespaces, as in daprd: a timer and a reminder of the same name on one actor
/// coexist, each firing on its own route, and deleting one never touches the other.
/// </summary>
public sealed class ActorRuntime : IAsyncDisposable
{
    private readonly ActorAppClient _app;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ReminderStore _reminderStore;
    private readonly ActorTurns _turns = new();
    private readonly Dictionary<string, ActiveActor> _active = new(StringComparer.Ordinal);
    private readonly Lock _activeGate = new();
    private readonly ConcurrentDictionary<string, JobSlot> _timers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JobSlot> _reminders = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reminderWrites = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _scan;

    /// <summary>
    /// Creates the host of <paramref name="config"/>'s types for <paramref name="appId"/>, keeping
    /// reminders in <paramref name="store"/> under <paramref name="storePolicy"/> (the store's
    /// outbound resiliency policy).
    /// </summary>
    public ActorRuntime(string appId, ActorAppConfig config, ActorAppClient app, IStateStore store, TimeProvider time, ILogger logger, ComponentPolicy storePolicy)
    {
        AppId = appId;
        Config = config;
        _app = app;
        _time = time;
        _logger = logger;
        _reminderStore = new ReminderStore(store, appId, storePolicy);
    }

    /// <summary>The app this runtime hosts actors for.</summary>
    public string AppId { get; }

    /// <summary>The app's actor settings.</summary>
    public ActorAppConfig Config { get; }

    /// <summary>Whether the app hosts <paramref name="actorType"/>.</summary>
    public bool Hosts(string actorType) => Config.Entities.Contains(actorType);

    /// <summary>Reloads persisted reminders and starts the idle scan.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var type in Config.Entities)
        {
            foreach (var reminder in await _reminderStore.LoadAsync(type, cancellationToken))
            {
                Schedule(new JobSlot(reminder, isTimer: false));
            }
        }

        _scan = _time.CreateTimer(_ => ScanIdle(), null, Config.ScanInterval, Config.ScanInterval);
    }

    /// <summary>Calls a method in the actor's turn and returns the app's answer.</summary>
    /// <exception cref="DaprApiException">The app could not be reached.</exception>
    public async Task<ActorResponse> InvokeAsync(ActorCall call, CancellationToken cancellationToken)
    {
        // With reentrancy on, an outer call starts a chain the app passes on to its nested calls.
        var chain = Config.Reentrancy ? call.ReentrancyId ?? Guid.NewGuid().ToString() : null;
        var key = ActorJobKey.Actor(call.ActorType, call.ActorId);
        using var turn = await _turns.EnterAsync(key, chain, cancellationToken);
        var actor = Begin(key, call.ActorType, call.ActorId);
        try
        {
            return await _app.InvokeAsync(call, chain ?? call.ReentrancyId, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw ActorErrors.Invoke($"the app hosting {call.ActorType}/{call.ActorId} did not answer: {e.Message}");
        }
        finally
        {
            End(actor);
        }
    }

    /// <summary>Creates or replaces a timer; it lives in memory until deleted, finished or the actor deactivates.</summary>
    public void RegisterTimer(string actorType, string actorId, string name, ActorJobRequest request)
    {
        if (string.IsNullOrEmpty(request.Callback))
        {
            throw ActorErrors.BadSchedule("ERR_ACTOR_TIMER_CREATE", "a timer needs a callback");
        }

        var job = ActorJob.Create(actorType, actorId, name, request, _time.GetUtcNow(), "ERR_ACTOR_TIMER_CREATE");
        End(Begin(ActorJobKey.Actor(actorType, actorId), actorType, actorId));
        Schedule(new JobSlot(job, isTimer: true));
    }

    /// <summary>Deletes a timer (absent is fine); a reminder of the same name stays.</summary>
    public void DeleteTimer(string actorType, string actorId, string name) =>
        Cancel(ActorJobKey.Of(actorType, actorId, name), isTimer: true);

    /// <summary>
    /// Creates or replaces a reminder: stores the actor type's reminders with it first and only
    /// then schedules it, as daprd does, so a failed save changes nothing (a reminder it would
    /// have replaced keeps its schedule).
    /// </summary>
    /// <exception cref="DaprApiException">A schedule daprd refuses (400), or the store failed (500); both <c>ERR_ACTOR_REMINDER_CREATE</c>.</exception>
    public async Task RegisterReminderAsync(string actorType, string actorId, string name, ActorJobRequest request, CancellationToken cancellationToken)
    {
        var job = ActorJob.Create(actorType, actorId, name, request, _time.GetUtcNow(), "ERR_ACTOR_REMINDER_CREATE");
        try
        {
            await ChangeReminderAsync(actorType, job.Key, job, cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_REMINDER_CREATE", "error creating actor reminder", e);
        }
    }

    /// <summary>The reminder, or null.</summary>
    public ActorJob? GetReminder(string actorType, string actorId, string name) =>
        _reminders.TryGetValue(ActorJobKey.Of(actorType, actorId, name), out var slot) ? slot.Job : null;

    /// <summary>
    /// Deletes a reminder (absent is fine): stores the actor type's reminders without it first and
    /// only then unschedules it, so after a failed save it keeps firing and stays stored.
    /// </summary>
    /// <exception cref="DaprApiException">The store failed (500 <c>ERR_ACTOR_REMINDER_DELETE</c>).</exception>
    public async Task DeleteReminderAsync(string actorType, string actorId, string name, CancellationToken cancellationToken)
    {
        try
        {
            await ChangeReminderAsync(actorType, ActorJobKey.Of(actorType, actorId, name), null, cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_REMINDER_DELETE", "error deleting actor reminder", e);
        }
    }

    /// <summary>Deactivates actors idle for longer than the app's <c>actorIdleTimeout</c>; the clock's scan runs it.</summary>
    internal void ScanIdle()
    {
        var now = _time.GetUtcNow();
        List<ActiveActor> idle;
        lock (_activeGate)
        {
            idle = [.. _active.Values.Where(a => a.Busy == 0 && now - a.LastUsed >= Config.IdleTimeout)];
            foreach (var actor in idle)
            {
                _active.Remove(actor.Key);
            }
        }

        foreach (var actor in idle)
        {
            _ = DeactivateAsync(actor);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _scan?.Dispose();
        foreach (var slot in _timers.Values.Concat(_reminders.Values))
        {
            slot.Dispose();
        }

        _timers.Clear();
        _reminders.Clear();
        _stopping.Dispose();
        _reminderWrites.Dispose();
    }

    private ActiveActor Begin(string key, string actorType, string actorId)
    {
        lock (_activeGate)
        {
            if (!_active.TryGetValue(key, out var actor))
            {
                actor = new ActiveActor(key, actorType, actorId, _time.GetUtcNow());
                _active[key] = actor;
            }

            actor.Busy++;
            actor.LastUsed = _time.GetUtcNow();
            return actor;
        }
    }

    private void End(ActiveActor actor)
    {
        lock (_activeGate)
        {
            actor.Busy--;
            actor.LastUsed = _time.GetUtcNow();
        }
    }

    private async Task DeactivateAsync(ActiveActor actor)
    {
        var prefix = actor.Key + State.StateKeys.Separator;
        foreach (var timer in _timers.Where(j => j.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            Cancel(timer.Key, isTimer: true);
        }

        try
        {
            using var turn = await _turns.EnterAsync(actor.Key, null, _stopping.Token);
            lock (_activeGate)
            {
                // A call that arrived meanwhile activated it again: it is not idle any more.
                if (_active.ContainsKey(actor.Key))
                {
                    return;
                }
            }

            await _app.DeactivateAsync(actor.ActorType, actor.ActorId, _stopping.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            _logger.LogWarning("Deactivating actor {ActorType}/{ActorId} failed: {Error}", actor.ActorType, actor.ActorId, e.Message);
        }
    }

    /// <summary>The scheduled timers or reminders, each keyed by <c>type||id||name</c>.</summary>
    private ConcurrentDictionary<string, JobSlot> SlotsOf(bool isTimer) => isTimer ? _timers : _reminders;

    /// <summary>Schedules <paramref name="slot"/>, replacing only a job of its own kind and name.</summary>
    private void Schedule(JobSlot slot)
    {
        var slots = SlotsOf(slot.IsTimer);
        if (slots.TryRemove(slot.Job.Key, out var replaced))
        {
            replaced.Dispose();
        }

        slots[slot.Job.Key] = slot;
        Arm(slot);
    }

    private void Arm(JobSlot slot)
    {
        lock (slot.Gate)
        {
            if (slot.Cancelled)
            {
                return;
            }

            slot.Timer?.Dispose();
            // Created unarmed and armed once stored, so a firing (which may run at once on a fake
            // clock) always finds the slot complete.
            slot.Timer = _time.CreateTimer(_ => _ = FireAsync(slot), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var delay = slot.Job.NextDue - _time.GetUtcNow();
            slot.Timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void Cancel(string key, bool isTimer)
    {
        if (SlotsOf(isTimer).TryRemove(key, out var slot))
        {
            slot.Dispose();
        }
    }

    private async Task FireAsync(JobSlot slot)
    {
        // Off the clock's callback thread: a fake clock's Advance must not run the firing inline.
        await Task.Yield();
        var job = slot.Job;
        if (slot.Cancelled || _stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            var key = ActorJobKey.Actor(job.ActorType, job.ActorId);
            using (await _turns.EnterAsync(key, null, _stopping.Token))
            {
                if (slot.Cancelled)
                {
                    return;
                }

                var actor = Begin(key, job.ActorType, job.ActorId);
                try
                {
                    await _app.CallbackAsync(job.ActorType, job.ActorId, slot.IsTimer ? "timer" : "remind", job.Name, job.AppBody(slot.IsTimer), _stopping.Token);
                }
                catch (HttpRequestException e)
                {
                    _logger.LogWarning("{Kind} {Name} of actor {ActorType}/{ActorId} failed: {Error}", slot.IsTimer ? "Timer" : "Reminder", job.Name, job.ActorType, job.ActorId, e.Message);
                }
                finally
                {
                    End(actor);
                }

                // Decided before the turn passes on, so the actor's next call already sees a
                // finished reminder gone (GetReminder answers null) and a repeating one re-armed.
                Advance(slot, job);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        if (!slot.IsTimer)
        {
            await PersistAfterFiringAsync(job.ActorType);
        }
    }

    private void Advance(JobSlot slot, ActorJob fired)
    {
        var next = fired.Next();
        if (next is null)
        {
            // Only this slot: a registration under the same name made meanwhile stays.
            if (SlotsOf(slot.IsTimer).TryRemove(KeyValuePair.Create(fired.Key, slot)))
            {
                slot.Dispose();
            }

            return;
        }

        slot.Job = next;
        Arm(slot);
    }

    private async Task PersistAfterFiringAsync(string actorType)
    {
        try
        {
            await PersistRemindersAsync(actorType, _stopping.Token);
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

    private async Task PersistRemindersAsync(string actorType, CancellationToken cancellationToken)
    {
        await _reminderWrites.WaitAsync(cancellationToken);
        try
        {
            await _reminderStore.SaveAsync(actorType, RemindersOf(actorType), cancellationToken);
        }
        finally
        {
            _reminderWrites.Release();
        }
    }

    /// <summary>
    /// Sets the reminder under <paramref name="key"/> to <paramref name="replacement"/>, or deletes
    /// it when null: saves the type's reminders as they will be, and changes the schedule only once
    /// the save succeeded. Under the write lock throughout, so no other create, delete or save of a
    /// firing interleaves between the save and the change it stands for.
    /// </summary>
    private async Task ChangeReminderAsync(string actorType, string key, ActorJob? replacement, CancellationToken cancellationToken)
    {
        await _reminderWrites.WaitAsync(cancellationToken);
        try
        {
            if (replacement is null && !_reminders.ContainsKey(key))
            {
                // Deleting an absent reminder: nothing to save, as before.
                return;
            }

            var reminders = RemindersOf(actorType);
            reminders.RemoveAll(job => job.Key == key);
            if (replacement is not null)
            {
                reminders.Add(replacement);
            }

            await _reminderStore.SaveAsync(actorType, reminders, cancellationToken);
            if (replacement is not null)
            {
                Schedule(new JobSlot(replacement, isTimer: false));
            }
            else
            {
                Cancel(key, isTimer: false);
            }
        }
        finally
        {
            _reminderWrites.Release();
        }
    }

    private List<ActorJob> RemindersOf(string actorType) =>
        [.. _reminders.Values.Where(s => s.Job.ActorType == actorType).Select(s => s.Job)];
}
