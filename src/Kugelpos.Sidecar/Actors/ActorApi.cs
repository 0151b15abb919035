using System.Text;
using Kugelpos.Sidecar.State;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The actor API of one sidecar: calls, reminders and timers go to whichever host the
/// placement names (in-process, as daprd forwards to the host's sidecar); actor state goes to
/// this app's actor state store, for actors this app hosts.
/// </summary>
public sealed class ActorApi(string appId, ComponentRegistry components, ActorPlacement placement)
{
    /// <summary>The host for this sidecar's own app, once its types are known.</summary>
    public ActorRuntime? Local { get; internal set; }

    /// <summary>Calls an actor method wherever the actor lives.</summary>
    public async Task<ActorResponse> InvokeAsync(ActorCall call, CancellationToken cancellationToken)
    {
        var host = await HostAsync(call.ActorType, call.ActorId, "ERR_ACTOR_INVOKE_METHOD", cancellationToken);
        return await host.InvokeAsync(call, cancellationToken);
    }

    /// <summary>One actor state value, or null.</summary>
    public async Task<StateItem?> GetStateAsync(string actorType, string actorId, string key, CancellationToken cancellationToken)
    {
        var store = StoreFor(actorType, actorId);
        return await store.GetAsync(StateKeys.ForActor(appId, actorType, actorId, key), cancellationToken);
    }

    /// <summary>Applies an actor's state operations atomically.</summary>
    public async Task TransactAsync(string actorType, string actorId, IReadOnlyList<ActorStateOperation> operations, CancellationToken cancellationToken)
    {
        var store = StoreFor(actorType, actorId);
        var ttlEnabled = components.Configuration.IsEnabled("ActorStateTTL");
        var ops = new List<StateOperation>(operations.Count);
        foreach (var op in operations)
        {
            var key = StateKeys.ForActor(appId, actorType, actorId, op.Key);
            if (op.IsDelete)
            {
                ops.Add(new StateDelete(key));
                continue;
            }

            if (op.TtlSeconds is not null && !ttlEnabled)
            {
                throw ActorErrors.State("ERR_ACTOR_STATE_TRANSACTION_SAVE",
                    "ttlInSeconds is not supported without the \"ActorStateTTL\" feature enabled in the Dapr Configuration", StatusCodes.Status400BadRequest);
            }

            ops.Add(new StateUpsert(key, Encoding.UTF8.GetBytes(op.ValueJson), TtlSeconds: op.TtlSeconds));
        }

        try
        {
            await store.ExecuteTransactionAsync(ops, cancellationToken);
        }
        catch (StateETagException e)
        {
            throw ActorErrors.State("ERR_ACTOR_STATE_TRANSACTION_SAVE", $"error saving actor transaction state: {e.Message}");
        }
    }

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

    private async Task<ActorRuntime> HostAsync(string actorType, string actorId, string errorCode, CancellationToken cancellationToken) =>
        await placement.ResolveAsync(actorType, actorId, cancellationToken) ?? throw ActorErrors.NotHosted(errorCode, actorType, actorId);

    private IStateStore StoreFor(string actorType, string actorId)
    {
        var store = components.ActorStateStore ?? throw ActorErrors.RuntimeNotFound();
        return Local is not null && placement.Pick(actorType, actorId) == Local ? store : throw ActorErrors.InstanceMissing();
    }
}
