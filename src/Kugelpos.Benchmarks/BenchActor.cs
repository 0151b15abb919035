using Dapr.Actors.Runtime;

namespace Kugelpos.Benchmarks;

/// <summary>A stateless actor: the cost measured is the call path, not the work.</summary>
public sealed class BenchActor(ActorHost host) : Actor(host), IBenchActor
{
    /// <summary>The actor type name the app registers and callers address.</summary>
    public const string TypeName = nameof(BenchActor);

    /// <inheritdoc />
    public Task<int> Echo(int n) => Task.FromResult(n + 1);
}
