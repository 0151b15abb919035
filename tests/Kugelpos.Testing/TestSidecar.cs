using Kugelpos.Sidecar;

namespace Kugelpos.Testing;

/// <summary>
/// The local sidecar a <see cref="ServiceTestHost"/> starts beside its service, as daprd runs
/// beside a service in its pod: each told where the other listens.
/// </summary>
/// <param name="AppId">The Dapr app id; unique per test where Redis keys must not collide.</param>
public sealed record TestSidecar(string AppId)
{
    /// <summary>Where actor state is kept (component <see cref="ActorStore.Name"/>); null loads no actor store.</summary>
    public ActorStore? ActorStore { get; init; }

    /// <summary>More resource YAML by file name (a Configuration, a Resiliency...), loaded with the actor store.</summary>
    public IReadOnlyDictionary<string, string> Resources { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><c>APP_API_TOKEN</c>: the sidecar sends it to the app, and the app is configured to require it.</summary>
    public string? AppToken { get; init; }

    /// <summary>A cluster to join (e.g. one on a clock the test drives); null gives the sidecar its own on the service's fake clock.</summary>
    public SidecarCluster? Cluster { get; init; }

    /// <summary>
    /// The sidecar a subscriber service (report, journal, stock) needs in a test: its dedup actors'
    /// state in the sidecar's memory, with ActorStateTTL on for their one-hour marks.
    /// </summary>
    /// <param name="service">The service's name; the app id gets a suffix of its own.</param>
    public static TestSidecar ForSubscriber(string service) => new(service + "-" + Guid.NewGuid().ToString("N")[..8])
    {
        ActorStore = ActorStore.InMemory,
        Resources = new Dictionary<string, string>(StringComparer.Ordinal) { [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl },
    };
}
