using Dapr.Actors.Runtime;

namespace Kugelpos.Dapr.Tests.Actors;

/// <summary>The tally: its total in actor state, saved by the runtime at the end of each call.</summary>
[Actor(TypeName = TypeName)]
public sealed class TallyActor(ActorHost host) : Actor(host), ITallyActor
{
    public const string TypeName = "TallyActor";

    public async Task<int> AddAsync(int amount)
    {
        var total = await StateManager.GetOrAddStateAsync("total", 0) + amount;
        await StateManager.SetStateAsync("total", total);
        return total;
    }

    public async Task<int> BreakAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("The tally's own bug");
    }
}
