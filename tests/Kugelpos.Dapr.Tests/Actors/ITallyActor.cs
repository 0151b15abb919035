using Dapr.Actors;

namespace Kugelpos.Dapr.Tests.Actors;

/// <summary>A test actor keeping one number in its state store.</summary>
public interface ITallyActor : IActor
{
    /// <summary>Adds to the tally and answers the new total.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>Fails with a bug of its own, touching no state.</summary>
    Task<int> BreakAsync();
}
