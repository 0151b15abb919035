namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The process-wide placement table, standing in for Dapr's placement service: which hosts
/// (app instances with their sidecars) serve which actor types. An id always goes to the same
/// host while the set of hosts is unchanged: a stable hash of the id over the hosts of its type.
/// </summary>
/// <param name="time">The cluster's clock, for how long a lookup waits for apps still starting.</param>
public sealed class ActorPlacement(TimeProvider time)
{
    /// <summary>
    /// daprd retries a lookup that finds no host for the type 5 times, 1 s apart
    /// (DaprBuiltInActorNotFoundRetries, pkg/resiliency/resiliency.go) before it answers
    /// ERR_ACTOR_INVOKE_METHOD; an app still starting elsewhere gets that long to register it.
    /// </summary>
    private static readonly TimeSpan NotFoundPatience = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly List<ActorRuntime> _hosts = [];
    private readonly List<Task> _pending = [];

    /// <summary>Adds a host once its app's types are known.</summary>
    public void Register(ActorRuntime host)
    {
        lock (_gate)
        {
            _hosts.Add(host);
        }
    }

    /// <summary>Removes a host that stops.</summary>
    public void Unregister(ActorRuntime host)
    {
        lock (_gate)
        {
            _hosts.Remove(host);
        }
    }

    /// <summary>Notes a type discovery in flight, so a lookup waits for it rather than failing early.</summary>
    public void Track(Task discovery)
    {
        lock (_gate)
        {
            _pending.Add(discovery);
        }

        _ = discovery.ContinueWith(done =>
        {
            lock (_gate)
            {
                _pending.Remove(done);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// The host of <paramref name="actorType"/>/<paramref name="actorId"/>, or null when no app
    /// hosts the type: with discoveries in flight, once a host registers, they all end, or
    /// daprd's lookup retries would have run out; without, at once.
    /// </summary>
    public async Task<ActorRuntime?> ResolveAsync(string actorType, string actorId, CancellationToken cancellationToken)
    {
        if (Pick(actorType, actorId) is { } host)
        {
            return host;
        }

        if (Pending().Length == 0)
        {
            return null;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var patience = Task.Delay(NotFoundPatience, time, waiting.Token);
        try
        {
            while (Pending() is { Length: > 0 } pending && !patience.IsCompleted)
            {
                // Discoveries never fault (they log and give up), so this only waits.
                await Task.WhenAny([patience, .. pending]);
                if (Pick(actorType, actorId) is { } found)
                {
                    return found;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Pick(actorType, actorId);
        }
        finally
        {
            await waiting.CancelAsync();
        }
    }

    /// <summary>The host right now, without waiting for discoveries.</summary>
    public ActorRuntime? Pick(string actorType, string actorId)
    {
        lock (_gate)
        {
            var count = 0;
            foreach (var host in _hosts)
            {
                count += host.Hosts(actorType) ? 1 : 0;
            }

            if (count == 0)
            {
                return null;
            }

            var index = (int)(StableHash.Fnv1a(actorId) % (uint)count);
            foreach (var host in _hosts)
            {
                if (host.Hosts(actorType) && index-- == 0)
                {
                    return host;
                }
            }

            return null;
        }
    }

    private Task[] Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }
}
