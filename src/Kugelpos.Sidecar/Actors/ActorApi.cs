using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The actor API of one sidecar: calls, reminders and timers go to whichever host the
/// placement names (in-process, as daprd forwards to the host's sidecar); actor state goes to
/// this app's actor state store, for actors this app hosts, under that store's outbound
/// resiliency policy.
/// </summary>
/// <param name="appId">The app this sidecar serves.</param>
/// <param name="components">The app's components (its actor state store and Configuration).</param>
/// <param name="placement">The process-wide placement table.</param>
/// <param name="policies">The app's outbound component policies.</param>
/// <param name="awaitsApp">Whether this sidecar has an app that may host actors (an app port and an actor state store).</param>
public sealed class ActorApi(string appId, ComponentRegistry components, ActorPlacement placement, ComponentPolicies policies, bool awaitsApp)
{
    private readonly ActorStateAccess? _state = components.ActorStateStore is { } store
        ? new ActorStateAccess(appId, store, policies.For(store.Name), components.Configuration.IsEnabled("ActorStateTTL"))
        : null;

    private readonly TaskCompletionSource _localTypesKnown = Known(!awaitsApp);

    /// <summary>The host for this sidecar's own app, once its types are known.</summary>
    public ActorRuntime? Local { get; internal set; }

    /// <summary>Calls an actor method wherever the actor lives.</summary>
    public async Task<ActorResponse> InvokeAsync(ActorCall call, CancellationToken cancellationToken)
    {
        var host = await HostAsync(call.ActorType, call.ActorId, "ERR_ACTOR_INVOKE_METHOD", cancellationToken);
        return await host.InvokeAsync(call, cancellationToken);
    }

    /// <summary>One actor state value, or null.</summary>
    /// <exception cref="DaprApiException">No actor store, not hosted here, or the store failed.</exception>
    public Task<StateItem?> GetStateAsync(string actorType, string actorId, string key, CancellationToken cancellationToken) =>
        StateFor(actorType, actorId).GetAsync(actorType, actorId, key, cancellationToken);

    /// <summary>Applies an actor's state operations atomically.</summary>
    /// <exception cref="DaprApiException">No actor store, not hosted here, a refused operation, or the store failed.</exception>
    public Task TransactAsync(string actorType, string actorId, IReadOnlyList<ActorStateOperation> operations, CancellationToken cancellationToken) =>
        StateFor(actorType, actorId).TransactAsync(actorType, actorId, operations, cancellationToken);

    /// <summary>Creates or replaces a timer on the actor's host.</summary>
    public async Task RegisterTimerAsync(string actorType, string actorId, string name, ActorJobRequest request, CancellationToken cancellationToken) =>
        (await HostAsync(actorType, actorId, "ERR_ACTOR_TIMER_CREATE", cancellationToken)).RegisterTimer(actorType, actorId, name, request);

    /// <summary>Deletes a timer on the actor's host.</summary>
    public async Task DeleteTimerAsync(string actorType, string actorId, string name, CancellationToken cancellationToken) =>
        (await HostAsync(actorType, actorId, "ERR_ACTOR_TIMER_DELETE", cancellationToken)).DeleteTimer(actorType, actorId, name);

    /// <summary>Creates or replaces a reminder on the actor's host.</summary>
    public async Task RegisterReminderAsync(string actorType, string actorId, string name, ActorJobRequest request, CancellationToken cancellationToken) =>
        await (await HostAsync(actorType, actorId, "ERR_ACTOR_REMINDER_CREATE", cancellationToken)).RegisterReminderAsync(actorType, actorId, name, request, cancellationToken);

    /// <summary>A reminder, or null.</summary>
    public async Task<ActorJob?> GetReminderAsync(string actorType, string actorId, string name, CancellationToken cancellationToken) =>
        (await HostAsync(actorType, actorId, "ERR_ACTOR_REMINDER_GET", cancellationToken)).GetReminder(actorType, actorId, name);

    /// <summary>Deletes a reminder on the actor's host.</summary>
    public async Task DeleteReminderAsync(string actorType, string actorId, string name, CancellationToken cancellationToken) =>
        await (await HostAsync(actorType, actorId, "ERR_ACTOR_REMINDER_DELETE", cancellationToken)).DeleteReminderAsync(actorType, actorId, name, cancellationToken);

    /// <summary>Marks this sidecar's own app's actor types as known (hosted, none, or given up on at shutdown).</summary>
    internal void LocalTypesKnown() => _localTypesKnown.TrySetResult();

    private static TaskCompletionSource Known(bool already)
    {
        var known = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (already)
        {
            known.SetResult();
        }

        return known;
    }

    private async Task<ActorRuntime> HostAsync(string actorType, string actorId, string errorCode, CancellationToken cancellationToken)
    {
        if (placement.Pick(actorType, actorId) is { } host)
        {
            return host;
        }

        // daprd with an actor state store starts its placement client only once its own app's
        // types are registered (pkg/actors/actors.go, Run waits on registerDoneCh), and lookups
        // queue until then: a call through a sidecar whose app is still starting waits for it.
        // A type another app already hosts is reached at once: the process's table is local.
        await _localTypesKnown.Task.WaitAsync(cancellationToken);
        return await placement.ResolveAsync(actorType, actorId, cancellationToken) ?? throw ActorErrors.NotHosted(errorCode, actorType, actorId);
    }

    private ActorStateAccess StateFor(string actorType, string actorId)
    {
        var state = _state ?? throw ActorErrors.RuntimeNotFound();
        return Local is not null && placement.Pick(actorType, actorId) == Local ? state : throw ActorErrors.InstanceMissing();
    }
}
