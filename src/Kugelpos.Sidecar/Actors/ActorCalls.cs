namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Method calls into one host's actors: each runs in its actor's turn, which a call of the
/// holder's own reentrancy chain may enter again when the app turned reentrancy on for the type.
/// </summary>
internal sealed class ActorCalls(ActorAppConfig config, ActorActivation activation, ActorAppClient app)
{
    /// <summary>Calls a method in the actor's turn and returns the app's answer.</summary>
    /// <exception cref="DaprApiException">The app could not be reached, or the call's chain is too deep.</exception>
    public async Task<ActorResponse> InvokeAsync(ActorCall call, CancellationToken cancellationToken)
    {
        // With reentrancy on, an outer call starts a chain the app passes on to its nested calls.
        var settings = config.For(call.ActorType);
        var chain = settings.Reentrancy ? new ReentrancyChain(call.ReentrancyId ?? Guid.NewGuid().ToString(), settings.MaxStackDepth) : null;
        var key = ActorJobKey.Actor(call.ActorType, call.ActorId);
        using var turn = await activation.EnterTurnAsync(key, chain, cancellationToken);
        var actor = activation.Use(key, call.ActorType, call.ActorId);
        try
        {
            return await app.InvokeAsync(call, chain?.Id ?? call.ReentrancyId, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw ActorErrors.Invoke($"the app hosting {call.ActorType}/{call.ActorId} did not answer: {e.Message}");
        }
        finally
        {
            activation.Release(actor);
        }
    }
}
