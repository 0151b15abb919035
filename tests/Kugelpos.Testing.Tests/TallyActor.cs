using Dapr.Actors.Runtime;

namespace Kugelpos.Testing.Tests;

/// <summary>Keeps its total in the sidecar's actor store, so a total that survives a sidecar restart was really stored.</summary>
public sealed class TallyActor(ActorHost host) : Actor(host), ITallyActor
{
    /// <inheritdoc />
    public async Task<int> AddAsync(int amount)
    {
        var total = await StateManager.GetOrAddStateAsync("total", 0) + amount;
        await StateManager.SetStateAsync("total", total);
        return total;
    }
}
