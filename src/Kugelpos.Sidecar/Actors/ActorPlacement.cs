namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// The process-wide placement table, standing in for Dapr's placement service: which hosts
/// (app instances with their sidecars) serve which actor types. An id always goes to the same
/// host while the set of hosts is unchanged: a stable hash of the id over the hosts of its type.
/// </summary>
public sealed class ActorPlacement
{
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

    /// <summary>The host of <paramref name="actorType"/>/<paramref name="actorId"/>, or null when no app hosts the type.</summary>
    public async Task<ActorRuntime?> ResolveAsync(string actorType, string actorId, CancellationToken cancellationToken)
    {
        if (Pick(actorType, actorId) is { } host)
        {
            return host;
        }

        Task[] pending;
        lock (_gate)
        {
            pending = [.. _pending];
        }

        if (pending.Length == 0)
        {
            return null;
        }

        // Discoveries never fault (they log and give up), so this only waits.
        await Task.WhenAll(pending).WaitAsync(cancellationToken);
        return Pick(actorType, actorId);
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

            var index = (int)(Fnv1a(actorId) % (uint)count);
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

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
