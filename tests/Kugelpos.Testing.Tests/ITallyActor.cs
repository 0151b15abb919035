using Dapr.Actors;

namespace Kugelpos.Testing.Tests;

/// <summary>The smallest actor with state: a running total.</summary>
public interface ITallyActor : IActor
{
    /// <summary>Adds <paramref name="amount"/> to the stored total and returns the new total.</summary>
    Task<int> AddAsync(int amount);
}
