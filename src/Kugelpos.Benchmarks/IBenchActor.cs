using Dapr.Actors;

namespace Kugelpos.Benchmarks;

/// <summary>The benchmark actor's contract; an <see cref="IActor"/> so remoting proxies work too.</summary>
public interface IBenchActor : IActor
{
    /// <summary>Answers <paramref name="n"/> + 1, so a call proves it reached the actor.</summary>
    Task<int> Echo(int n);
}
