using System.Text.Json;
using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Kugelpos.Sidecar.Tests.Resiliency;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// Reminders of a type whose app asks for <c>remindersStoragePartitions</c>: spread by actor id over
/// that many stored lists, so a change rewrites one list, not every reminder of the type.
/// </summary>
public sealed class ReminderPartitionTests : IAsyncDisposable
{
    private const int Partitions = 8;
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly CartHost _cart = new(Partitions);
    private readonly InMemoryStateStore _store = new("store", null, TimeProvider.System);

    [Fact]
    public async Task Each_reminder_is_stored_in_its_actors_list_and_a_change_rewrites_that_list_alone()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"c{i}").ToList();
        foreach (var id in ids)
        {
            await _cart.Runtime.RegisterReminderAsync("Cart", id, "relay", CartHost.Job("1h0m0s0ms", id), CancellationToken.None);
        }

        var lists = new ReminderStore(_cart.Store, "pos", ComponentPolicy.PassThrough, _ => Partitions);
        var writesBefore = _cart.Store.Flaky.Calls;
        await _cart.Runtime.DeleteReminderAsync("Cart", "c7", "relay", CancellationToken.None);

        Assert.Equal(1, _cart.Store.Flaky.Calls - writesBefore);
        Assert.Null(await _cart.Store.GetAsync("pos||actors||Cart||reminders"));
        var used = ids.Select(id => lists.PartitionOf("Cart", id)).Distinct().ToList();
        Assert.True(used.Count > 1, "forty actors all fell in one list");
        foreach (var partition in used)
        {
            var stored = await ActorsInAsync(_cart.Store, partition);
            Assert.Equal(ids.Where(id => id != "c7" && lists.PartitionOf("Cart", id) == partition).Order(StringComparer.Ordinal), stored);
        }

        Assert.Equal(ids.Where(id => id != "c7").Select(id => $"{id}/relay").Order(StringComparer.Ordinal), await _cart.StoredAsync());
    }

    [Fact]
    public void An_actors_list_is_the_same_every_time_and_one_of_one_to_n()
    {
        var lists = new ReminderStore(_store, "pos", ComponentPolicy.PassThrough, _ => Partitions);
        var single = new ReminderStore(_store, "pos", ComponentPolicy.PassThrough);

        var partitions = Enumerable.Range(0, 200).Select(i => lists.PartitionOf("Cart", $"T1-S01-1-{i}")).ToList();

        Assert.All(partitions, p => Assert.InRange(p, 1, Partitions));
        Assert.Equal(partitions, Enumerable.Range(0, 200).Select(i => lists.PartitionOf("Cart", $"T1-S01-1-{i}")));
        Assert.Equal(Partitions, partitions.Distinct().Count());
        Assert.Equal(0, single.PartitionOf("Cart", "T1-S01-1-0"));
    }

    [Fact]
    public async Task Reminders_stored_in_one_list_move_into_the_partitions_when_the_type_loads()
    {
        var jobs = Enumerable.Range(0, 20).Select(i => ActorJob.Create("Cart", $"c{i}", "relay", CartHost.Job("1h0m0s0ms", $"c{i}"), Now, "ERR")).ToList();
        await new ReminderStore(_store, "pos", ComponentPolicy.PassThrough).SaveAsync("Cart", 0, jobs, CancellationToken.None);
        var lists = new ReminderStore(_store, "pos", ComponentPolicy.PassThrough, _ => Partitions);

        var loaded = await lists.LoadAsync("Cart", CancellationToken.None);
        var again = await lists.LoadAsync("Cart", CancellationToken.None);

        Assert.Equal(jobs.Select(j => j.Key).Order(StringComparer.Ordinal), loaded.Select(j => j.Key).Order(StringComparer.Ordinal));
        Assert.Equal(jobs.Select(j => j.Key).Order(StringComparer.Ordinal), again.Select(j => j.Key).Order(StringComparer.Ordinal));
        Assert.Null(await _store.GetAsync("pos||actors||Cart||reminders"));
        foreach (var job in jobs)
        {
            Assert.Contains(job.ActorId, await ActorsInAsync(_store, lists.PartitionOf("Cart", job.ActorId)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _cart.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static async Task<IEnumerable<string>> ActorsInAsync(IStateStore store, int partition)
    {
        var item = await store.GetAsync($"pos||actors||Cart||reminders||{partition}");
        Assert.NotNull(item);
        using var list = JsonDocument.Parse(item.Value.ToArray());
        return [.. list.RootElement.EnumerateArray().Select(j => j.GetProperty("actorId").GetString()!).Order(StringComparer.Ordinal)];
    }
}
