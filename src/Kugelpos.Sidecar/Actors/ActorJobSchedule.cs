using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The scheduled jobs of one kind (timers or reminders) of one host, each keyed by
/// <c>type||id||name</c>: arms each on the clock, fires it in its actor's turn, then re-arms or
/// retires it. A kind has its own schedule, so a timer and a reminder of one name never touch.
/// </summary>
/// <param name="isTimer">True for timers (<c>timer/{name}</c>), false for reminders (<c>remind/{name}</c>).</param>
/// <param name="activation">The host's actors, whose turn a firing holds.</param>
/// <param name="app">The app the callbacks go to.</param>
/// <param name="time">The cluster's clock.</param>
/// <param name="logger">Where a failed callback is logged.</param>
/// <param name="fired">Run after each firing, outside the turn, with the job that fired.</param>
/// <param name="stopping">Cancelled when the host stops.</param>
internal sealed class ActorJobSchedule(bool isTimer, ActorActivation activation, ActorAppClient app, TimeProvider time, ILogger logger, Func<ActorJob, Task> fired, CancellationToken stopping) : IDisposable
{
    private readonly ConcurrentDictionary<string, JobSlot> _slots = new(StringComparer.Ordinal);

    /// <summary>Whether a job is scheduled under <paramref name="key"/>.</summary>
    public bool Contains(string key) => _slots.ContainsKey(key);

    /// <summary>The job under <paramref name="key"/>, or null.</summary>
    public ActorJob? Find(string key) => _slots.TryGetValue(key, out var slot) ? slot.Job : null;

    /// <summary>Schedules <paramref name="job"/>, replacing only a job of its own kind and name.</summary>
    public void Schedule(ActorJob job)
    {
        var slot = new JobSlot(job);
        if (_slots.TryRemove(job.Key, out var replaced))
        {
            replaced.Dispose();
        }

        _slots[job.Key] = slot;
        Arm(slot);
    }

    /// <summary>Unschedules the job under <paramref name="key"/> (absent is fine).</summary>
    public void Cancel(string key)
    {
        if (_slots.TryRemove(key, out var slot))
        {
            slot.Dispose();
        }
    }

    /// <summary>Unschedules every job of the actor under <paramref name="actorKey"/> (<c>type||id</c>).</summary>
    public void CancelAllOf(string actorKey)
    {
        var prefix = actorKey + State.StateKeys.Separator;
        foreach (var key in _slots.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            Cancel(key);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Dispose();
        }

        _slots.Clear();
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
            slot.Timer = time.CreateTimer(_ => _ = FireAsync(slot), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var delay = slot.Job.NextDue - time.GetUtcNow();
            slot.Timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FireAsync(JobSlot slot)
    {
        // Off the clock's callback thread: a fake clock's Advance must not run the firing inline.
        await Task.Yield();
        var job = slot.Job;
        if (slot.Cancelled || stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            var key = ActorJobKey.Actor(job.ActorType, job.ActorId);
            using (await activation.EnterTurnAsync(key, null, stopping))
            {
                if (slot.Cancelled)
                {
                    return;
                }

                var actor = activation.Use(key, job.ActorType, job.ActorId);
                try
                {
                    await app.CallbackAsync(job.ActorType, job.ActorId, isTimer ? "timer" : "remind", job.Name, job.AppBody(isTimer), stopping);
                }
                catch (HttpRequestException e)
                {
                    logger.LogWarning("{Kind} {Name} of actor {ActorType}/{ActorId} failed: {Error}", isTimer ? "Timer" : "Reminder", job.Name, job.ActorType, job.ActorId, e.Message);
                }
                finally
                {
                    activation.Release(actor);
                }

                // Decided before the turn passes on, so the actor's next call already sees a
                // finished job gone (a reminder reads back null) and a repeating one re-armed.
                Advance(slot, job);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return;
        }

        await fired(job);
    }

    private void Advance(JobSlot slot, ActorJob firedJob)
    {
        var next = firedJob.Next();
        if (next is null)
        {
            // Only this slot: a registration under the same name made meanwhile stays.
            if (_slots.TryRemove(KeyValuePair.Create(firedJob.Key, slot)))
            {
                slot.Dispose();
            }

            return;
        }

        slot.Job = next;
        Arm(slot);
    }
}
