using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The activated actors of one host: the turn every call and firing holds, when each actor was
/// last used, and the idle scan that deactivates (<c>DELETE /actors/{type}/{id}</c>) an actor
/// left unused for longer than its type's idle timeout.
/// </summary>
/// <param name="config">The app's actor settings (the scan interval, each type's idle timeout).</param>
/// <param name="app">The app the actors live in.</param>
/// <param name="time">The cluster's clock.</param>
/// <param name="logger">Where a failed deactivation is logged.</param>
/// <param name="deactivating">Told an actor's <c>type||id</c> key as it deactivates (its timers end with it).</param>
/// <param name="stopping">Cancelled when the host stops.</param>
internal sealed class ActorActivation(ActorAppConfig config, ActorAppClient app, TimeProvider time, ILogger logger, Action<string> deactivating, CancellationToken stopping) : IDisposable
{
    private readonly ActorTurns _turns = new();
    private readonly Dictionary<string, ActiveActor> _active = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private ITimer? _scan;

    /// <summary>Starts the idle scan on the app's <c>actorScanInterval</c>.</summary>
    public void StartIdleScan() =>
        _scan = time.CreateTimer(_ => ScanIdle(), null, config.ScanInterval, config.ScanInterval);

    /// <summary>Waits for the actor's turn; dispose the result to pass it on.</summary>
    /// <exception cref="DaprApiException">The holder's chain is already as deep as it may go.</exception>
    public Task<ActorTurn> EnterTurnAsync(string key, ReentrancyChain? chain, CancellationToken cancellationToken) =>
        _turns.EnterAsync(key, chain, cancellationToken);

    /// <summary>Activates the actor if need be and marks it busy until <see cref="Release"/>.</summary>
    public ActiveActor Use(string key, string actorType, string actorId)
    {
        lock (_gate)
        {
            if (!_active.TryGetValue(key, out var actor))
            {
                actor = new ActiveActor(key, actorType, actorId, time.GetUtcNow());
                _active[key] = actor;
            }

            actor.Busy++;
            actor.LastUsed = time.GetUtcNow();
            return actor;
        }
    }

    /// <summary>Ends one use of the actor; its idle time counts from now.</summary>
    public void Release(ActiveActor actor)
    {
        lock (_gate)
        {
            actor.Busy--;
            actor.LastUsed = time.GetUtcNow();
        }
    }

    /// <summary>Deactivates actors idle for longer than their type's <c>actorIdleTimeout</c>; the clock's scan runs it.</summary>
    internal void ScanIdle()
    {
        var now = time.GetUtcNow();
        List<ActiveActor> idle;
        lock (_gate)
        {
            idle = [.. _active.Values.Where(a => a.Busy == 0 && now - a.LastUsed >= config.For(a.ActorType).IdleTimeout)];
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
    public void Dispose() => _scan?.Dispose();

    private async Task DeactivateAsync(ActiveActor actor)
    {
        deactivating(actor.Key);
        try
        {
            using var turn = await _turns.EnterAsync(actor.Key, null, stopping);
            lock (_gate)
            {
                // A call that arrived meanwhile activated it again: it is not idle any more.
                if (_active.ContainsKey(actor.Key))
                {
                    return;
                }
            }

            await app.DeactivateAsync(actor.ActorType, actor.ActorId, stopping);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogWarning("Deactivating actor {ActorType}/{ActorId} failed: {Error}", actor.ActorType, actor.ActorId, e.Message);
        }
    }
}
