using System.Text.Json;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Reminders persisted in the actor state store as JSON lists, per actor type, under
/// <c>{appId}||actors||{type}||reminders</c>. daprd up to 1.13 kept them under
/// <c>actors||{type}</c>; the app prefix is added so two apps sharing a store, each hosting the
/// type, do not both fire the other's reminders. Durable stores (Redis, SQLite) thus keep
/// reminders across a restart; the in-memory store does not, as with daprd. Every load and save
/// runs under the store's outbound resiliency policy, as daprd's reminder storage does.
/// </summary>
/// <remarks>
/// Every change rewrites the list it falls in. One list per type made each change cost every
/// reminder of the type: a store whose subscribers were down piled up an outbox reminder per sale,
/// and each bill's save grew with the pile. A type the app gives <c>remindersStoragePartitions</c>
/// N, as daprd allows, spreads its reminders by actor id over N lists, <c>...||reminders||1</c>
/// to <c>...||reminders||N</c>, so a change costs one list. Reminders stored in the single list
/// before are moved into the partitions when the type is loaded.
/// </remarks>
internal sealed class ReminderStore(IStateStore store, string appId, ComponentPolicy policy, Func<string, int>? partitionsOf = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The list (0 for the single one, else 1 to N) that holds the reminders of <paramref name="actorId"/>.</summary>
    public int PartitionOf(string actorType, string actorId)
    {
        var count = Partitions(actorType);
        return count == 0 ? 0 : (int)(StableHash.Fnv1a(actorId) % (uint)count) + 1;
    }

    /// <summary>The reminders of <paramref name="actorType"/>, from every list it has.</summary>
    public async Task<IReadOnlyList<ActorJob>> LoadAsync(string actorType, CancellationToken cancellationToken)
    {
        var single = await LoadListAsync(actorType, 0, cancellationToken);
        var count = Partitions(actorType);
        if (count == 0)
        {
            return single;
        }

        var all = new List<ActorJob>();
        for (var partition = 1; partition <= count; partition++)
        {
            all.AddRange(await LoadListAsync(actorType, partition, cancellationToken));
        }

        if (single.Count > 0)
        {
            await MoveIntoPartitionsAsync(actorType, single, all, cancellationToken);
            var kept = all.Select(job => job.Key).ToHashSet(StringComparer.Ordinal);
            all.AddRange(single.Where(job => !kept.Contains(job.Key)));
        }

        return all;
    }

    /// <summary>Replaces the reminders of one list (<see cref="PartitionOf"/>) of <paramref name="actorType"/>.</summary>
    public Task SaveAsync(string actorType, int partition, IReadOnlyCollection<ActorJob> reminders, CancellationToken cancellationToken)
    {
        if (reminders.Count == 0)
        {
            var deletion = new StateDelete(Key(actorType, partition));
            return policy.ExecuteAsync(token => store.DeleteAsync(deletion, token), cancellationToken);
        }

        // TTL -1: reminders never expire with the store's default ttlInSeconds.
        var upsert = new StateUpsert(Key(actorType, partition), JsonSerializer.SerializeToUtf8Bytes(reminders, Json), TtlSeconds: -1);
        return policy.ExecuteAsync(token => store.SetAsync(upsert, token), cancellationToken);
    }

    private async Task<IReadOnlyList<ActorJob>> LoadListAsync(string actorType, int partition, CancellationToken cancellationToken)
    {
        var key = Key(actorType, partition);
        var item = await policy.ExecuteAsync(token => store.GetAsync(key, token), cancellationToken);
        if (item is null)
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ActorJob>>(item.Value.Span, Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the reminders of actor type {actorType} in store {store.Name} are not readable: {e.Message}", e);
        }
    }

    // Each partition is saved with the single list's reminders added (a partitioned copy wins), then
    // the single list goes; a crash in between leaves both, and the next load moves them again.
    private async Task MoveIntoPartitionsAsync(string actorType, IReadOnlyList<ActorJob> single, List<ActorJob> partitioned, CancellationToken cancellationToken)
    {
        foreach (var group in single.GroupBy(job => PartitionOf(actorType, job.ActorId)))
        {
            var list = partitioned.Where(job => PartitionOf(actorType, job.ActorId) == group.Key).ToList();
            var kept = list.Select(job => job.Key).ToHashSet(StringComparer.Ordinal);
            list.AddRange(group.Where(job => !kept.Contains(job.Key)));
            await SaveAsync(actorType, group.Key, list, cancellationToken);
        }

        await SaveAsync(actorType, 0, [], cancellationToken);
    }

    private int Partitions(string actorType) => Math.Max(partitionsOf?.Invoke(actorType) ?? 0, 0);

    private string Key(string actorType, int partition)
    {
        var list = $"{appId}{StateKeys.Separator}actors{StateKeys.Separator}{actorType}{StateKeys.Separator}reminders";
        return partition == 0 ? list : list + StateKeys.Separator + partition.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
