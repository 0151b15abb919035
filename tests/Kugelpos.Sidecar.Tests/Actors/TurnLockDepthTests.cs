using Kugelpos.Sidecar.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

public sealed class TurnLockDepthTests
{
    [Fact]
    public async Task A_chain_is_refused_past_its_stack_depth_and_the_refusal_leaves_the_turn_to_pass_on()
    {
        var turns = new ActorTurns();
        var chain = new ReentrancyChain("chain-1", MaxStackDepth: 2);
        var outer = await turns.EnterAsync("a", chain, CancellationToken.None);
        var inner = await turns.EnterAsync("a", chain, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<DaprApiException>(() => turns.EnterAsync("a", chain, CancellationToken.None));
        var stranger = turns.EnterAsync("a", new ReentrancyChain("chain-2", 2), CancellationToken.None);
        inner.Dispose();
        Assert.False(stranger.IsCompleted);
        outer.Dispose();

        Assert.Equal("ERR_ACTOR_STACK_DEPTH", refused.ErrorCode);
        Assert.Equal(500, refused.HttpStatus);
        Assert.Equal(global::Grpc.Core.StatusCode.ResourceExhausted, refused.GrpcStatus);
        (await stranger.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(0, turns.Count);
    }
}
