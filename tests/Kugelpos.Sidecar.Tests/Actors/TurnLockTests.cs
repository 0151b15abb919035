using Kugelpos.Sidecar.Actors;

namespace Kugelpos.Sidecar.Tests.Actors;

public sealed class TurnLockTests
{
    [Fact]
    public async Task Waiters_get_the_turn_in_arrival_order()
    {
        var turns = new ActorTurns();
        var holder = await turns.EnterAsync("a", null, CancellationToken.None);
        var order = new List<int>();
        var waiters = Enumerable.Range(1, 5).Select(async n =>
        {
            using var turn = await turns.EnterAsync("a", null, CancellationToken.None);
            lock (order)
            {
                order.Add(n);
            }
        }).ToList();

        holder.Dispose();
        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3, 4, 5], order);
        Assert.Equal(0, turns.Count);
    }

    [Fact]
    public async Task The_holders_reentrancy_chain_enters_while_another_chain_waits()
    {
        var turns = new ActorTurns();
        using var holder = await turns.EnterAsync("a", new ReentrancyChain("chain-1", 32), CancellationToken.None);

        var reentrant = turns.EnterAsync("a", new ReentrancyChain("chain-1", 32), CancellationToken.None);
        var stranger = turns.EnterAsync("a", new ReentrancyChain("chain-2", 32), CancellationToken.None);

        Assert.True(reentrant.IsCompletedSuccessfully);
        Assert.False(stranger.IsCompleted);
        (await reentrant).Dispose();
        Assert.False(stranger.IsCompleted);
        holder.Dispose();
        (await stranger.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_is_skipped()
    {
        var turns = new ActorTurns();
        var holder = await turns.EnterAsync("a", null, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var gaveUp = turns.EnterAsync("a", null, cancel.Token);
        var next = turns.EnterAsync("a", null, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gaveUp);
        holder.Dispose();

        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(0, turns.Count);
    }
}
