using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The timers of one host's actors: in memory only, each lives until deleted, finished or its
/// actor deactivates, as in daprd.
/// </summary>
internal sealed class ActorTimers(ActorActivation activation, ActorAppClient app, TimeProvider time, ILogger logger, CancellationToken stopping) : IDisposable
{
    private readonly ActorJobSchedule _schedule = new(isTimer: true, activation, app, time, logger, _ => Task.CompletedTask, stopping);

    /// <summary>Creates or replaces a timer; registering one activates its actor.</summary>
    /// <exception cref="DaprApiException">No callback or a schedule daprd refuses (400 <c>ERR_ACTOR_TIMER_CREATE</c>).</exception>
    public void Register(string actorType, string actorId, string name, ActorJobRequest request)
    {
        if (string.IsNullOrEmpty(request.Callback))
        {
            throw ActorErrors.BadSchedule("ERR_ACTOR_TIMER_CREATE", "a timer needs a callback");
        }

        var job = ActorJob.Create(actorType, actorId, name, request, time.GetUtcNow(), "ERR_ACTOR_TIMER_CREATE");
        activation.Release(activation.Use(ActorJobKey.Actor(actorType, actorId), actorType, actorId));
        _schedule.Schedule(job);
    }

    /// <summary>Deletes a timer (absent is fine).</summary>
    public void Delete(string actorType, string actorId, string name) =>
        _schedule.Cancel(ActorJobKey.Of(actorType, actorId, name));

    /// <summary>Ends the timers of a deactivating actor (<c>type||id</c>).</summary>
    public void EndAllOf(string actorKey) => _schedule.CancelAllOf(actorKey);

    /// <inheritdoc />
    public void Dispose() => _schedule.Dispose();
}
