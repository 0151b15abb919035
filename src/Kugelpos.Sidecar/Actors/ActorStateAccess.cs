using System.Text;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Actor state in the app's actor state store, as daprd reaches it: under daprd's actor keys,
/// every store call run under the store's outbound resiliency policy (the actor state store is a
/// state component like any other), and a failure that survives the policy answered as daprd
/// does: HTTP 500 <c>ERR_ACTOR_STATE_GET</c> or <c>ERR_ACTOR_STATE_TRANSACTION_SAVE</c>.
/// </summary>
/// <remarks>
/// The app calls these inside an actor's turn, so the policy's bounds (attempt timeout, retry
/// count, <see cref="ComponentPolicy.UnlimitedRetriesCap"/> for <c>maxRetries: -1</c>) are also
/// what bound how long a failing store can hold the turn.
/// </remarks>
/// <param name="appId">The app whose actors the state belongs to.</param>
/// <param name="store">The app's actor state store.</param>
/// <param name="policy">The store's outbound policy (pass-through without a Resiliency resource).</param>
/// <param name="ttlEnabled">Whether the Configuration enables the <c>ActorStateTTL</c> feature.</param>
internal sealed class ActorStateAccess(string appId, IStateStore store, ComponentPolicy policy, bool ttlEnabled)
{
    /// <summary>One actor state value, or null when absent.</summary>
    /// <exception cref="DaprApiException">The store failed (<c>ERR_ACTOR_STATE_GET</c>).</exception>
    public async Task<StateItem?> GetAsync(string actorType, string actorId, string key, CancellationToken cancellationToken)
    {
        var fullKey = StateKeys.ForActor(appId, actorType, actorId, key);
        try
        {
            return await policy.ExecuteAsync(token => store.GetAsync(fullKey, token), cancellationToken);
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_STATE_GET", "error getting actor state", e);
        }
    }

    /// <summary>Applies an actor's state operations atomically.</summary>
    /// <exception cref="DaprApiException">A TTL without <c>ActorStateTTL</c> (400), or the store failed (500); both <c>ERR_ACTOR_STATE_TRANSACTION_SAVE</c>.</exception>
    public async Task TransactAsync(string actorType, string actorId, IReadOnlyList<ActorStateOperation> operations, CancellationToken cancellationToken)
    {
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
            await policy.ExecuteAsync(token => store.ExecuteTransactionAsync(ops, token), cancellationToken);
        }
        catch (StateETagException e)
        {
            throw ActorErrors.State("ERR_ACTOR_STATE_TRANSACTION_SAVE", $"error saving actor transaction state: {e.Message}");
        }
        catch (Exception e) when (ComponentFailure.IsComponentError(e))
        {
            throw ComponentFailure.ToApiError("ERR_ACTOR_STATE_TRANSACTION_SAVE", "error saving actor transaction state", e);
        }
    }
}
