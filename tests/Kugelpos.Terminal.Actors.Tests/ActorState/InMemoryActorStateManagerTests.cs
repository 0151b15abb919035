using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Testing.Actors;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Terminal.Actors.Tests.ActorState;

/// <summary>The test seam's own rules, each as Dapr.Actors' ActorStateManager keeps it.</summary>
public class InMemoryActorStateManagerTests
{
    private static readonly ActorId Id = new("A1234-S01-1");
    private readonly FakeTimeProvider _time = new(TerminalStates.Start);
    private readonly InMemoryActorStateStore _store;

    public InMemoryActorStateManagerTests() => _store = new InMemoryActorStateStore(_time);

    [Fact]
    public async Task A_change_stays_with_its_manager_until_saved()
    {
        var writer = ManagerFor(Id);
        await writer.SetStateAsync("counter", 1);

        Assert.Equal(1, await writer.GetStateAsync<int>("counter"));
        Assert.False(await ManagerFor(Id).ContainsStateAsync("counter"));

        await writer.SaveStateAsync();

        Assert.Equal(1, await ManagerFor(Id).GetStateAsync<int>("counter"));
    }

    [Fact]
    public async Task Clearing_the_cache_drops_what_was_not_saved()
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync("counter", 1);
        await manager.SaveStateAsync();
        await manager.SetStateAsync("counter", 2);

        await manager.ClearCacheAsync();

        Assert.Equal(1, await manager.GetStateAsync<int>("counter"));
    }

    [Fact]
    public async Task A_save_with_nothing_pending_does_not_reach_the_store()
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync("counter", 1);
        await manager.SaveStateAsync();
        await manager.GetStateAsync<int>("counter");

        await manager.SaveStateAsync();

        Assert.Equal(1, _store.SaveCount);
    }

    [Fact]
    public async Task Adding_a_state_that_is_saved_already_is_refused()
    {
        await SavedAsync("counter", 1);
        var manager = ManagerFor(Id);

        Assert.False(await manager.TryAddStateAsync("counter", 2));
        await Assert.ThrowsAsync<InvalidOperationException>(() => manager.AddStateAsync("counter", 2));
    }

    [Fact]
    public async Task A_missing_state_is_absent_to_try_get_and_an_error_to_get_and_remove()
    {
        var manager = ManagerFor(Id);

        Assert.False((await manager.TryGetStateAsync<int>("counter")).HasValue);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => manager.GetStateAsync<int>("counter"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => manager.RemoveStateAsync("counter"));
    }

    [Fact]
    public async Task A_removal_is_pending_until_saved_and_then_gone_from_the_store()
    {
        await SavedAsync("counter", 1);
        var manager = ManagerFor(Id);

        Assert.True(await manager.TryRemoveStateAsync("counter"));
        Assert.False(await manager.ContainsStateAsync("counter"));
        Assert.True(await ManagerFor(Id).ContainsStateAsync("counter"));

        await manager.SaveStateAsync();

        Assert.False(await ManagerFor(Id).ContainsStateAsync("counter"));
    }

    [Fact]
    public async Task Removing_an_unsaved_add_forgets_it_without_a_save()
    {
        var manager = ManagerFor(Id);
        await manager.AddStateAsync("counter", 1);

        Assert.True(await manager.TryRemoveStateAsync("counter"));
        await manager.SaveStateAsync();

        Assert.Equal(0, _store.SaveCount);
    }

    [Fact]
    public async Task A_saved_state_expires_with_its_ttl_on_the_stores_clock()
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync("lease", "held", TimeSpan.FromSeconds(10));
        await manager.SaveStateAsync();

        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.True(await ManagerFor(Id).ContainsStateAsync("lease"));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(await ManagerFor(Id).ContainsStateAsync("lease"));
        Assert.False((await manager.TryGetStateAsync<string>("lease")).HasValue);
    }

    [Fact]
    public async Task Setting_without_a_ttl_makes_the_state_permanent_again()
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync("lease", "held", TimeSpan.FromSeconds(10));
        await manager.SetStateAsync("lease", "kept");
        await manager.SaveStateAsync();

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal("kept", await ManagerFor(Id).GetStateAsync<string>("lease"));
    }

    [Fact]
    public async Task The_store_keeps_a_json_copy_not_the_object_the_actor_still_holds()
    {
        var manager = ManagerFor(Id);
        var basket = new List<string> { "apple" };
        await manager.SetStateAsync("basket", basket);
        await manager.SaveStateAsync();

        basket.Add("pear");

        Assert.Equal(["apple"], await ManagerFor(Id).GetStateAsync<List<string>>("basket"));
    }

    [Fact]
    public async Task Each_actor_id_has_its_own_state()
    {
        await SavedAsync("counter", 1);

        Assert.False(await ManagerFor(new ActorId("A1234-S01-2")).ContainsStateAsync("counter"));
    }

    [Fact]
    public async Task Unloading_a_modified_state_is_refused_unless_allowed()
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync("counter", 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => manager.UnloadStateAsync("counter"));
        await manager.UnloadStateAsync("counter", new UnloadStateOptions { AllowUnloadingWhenStateModified = true });

        Assert.False(await manager.ContainsStateAsync("counter"));
    }

    [Fact]
    public async Task Add_or_update_updates_a_saved_value_and_adds_a_missing_one()
    {
        await SavedAsync("counter", 1);
        var manager = ManagerFor(Id);

        Assert.Equal(2, await manager.AddOrUpdateStateAsync("counter", 100, (_, current) => current + 1));
        Assert.Equal(100, await manager.AddOrUpdateStateAsync("other", 100, (_, current) => current + 1));
        Assert.Equal(5, await manager.GetOrAddStateAsync("fresh", 5));
        Assert.Equal(2, await manager.GetOrAddStateAsync("counter", 5));
    }

    private async Task SavedAsync<T>(string stateName, T value)
    {
        var manager = ManagerFor(Id);
        await manager.SetStateAsync(stateName, value);
        await manager.SaveStateAsync();
    }

    private IActorStateManager ManagerFor(ActorId id) =>
        _store.ManagerFor(ActorHost.CreateForTest<TerminalActor>(new ActorTestOptions { ActorId = id }));
}
