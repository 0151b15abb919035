using System.Collections.Concurrent;

namespace Kugelpos.Sidecar.Invocation;

/// <summary>
/// Which apps the sidecars of one <see cref="SidecarCluster"/> serve, and the way to each: the
/// name resolution daprd does through mDNS or Kubernetes, for the sidecars of one process.
/// </summary>
public sealed class AppDirectory
{
    private readonly ConcurrentDictionary<string, AppChannel?> _apps = new(StringComparer.Ordinal);

    /// <summary>The directory shared by every sidecar of <paramref name="cluster"/>.</summary>
    public static AppDirectory Of(SidecarCluster cluster) => cluster.Shared("invocation.apps", () => new AppDirectory());

    /// <summary>Makes <paramref name="appId"/> reachable; a null channel is a sidecar running without an app.</summary>
    public void Add(string appId, AppChannel? channel) => _apps[appId] = channel;

    /// <summary>Forgets <paramref name="appId"/> when its sidecar stops, unless another sidecar has since taken the id.</summary>
    public void Remove(string appId, AppChannel? channel) => _apps.TryRemove(KeyValuePair.Create(appId, channel));

    /// <summary>False when no sidecar serves <paramref name="appId"/>; otherwise its app's channel, null when it has no app.</summary>
    public bool TryFind(string appId, out AppChannel? channel) => _apps.TryGetValue(appId, out channel);
}
