using System.Text.Json;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;

namespace Kugelpos.Sidecar.Actors;

/// <summary>
/// Reminders persisted in the actor state store, one JSON list per actor type under
/// <c>{appId}||actors||{type}||reminders</c>. daprd up to 1.13 kept them under
/// <c>actors||{type}</c>; the app prefix is added so two apps sharing a store, each hosting the
/// type, do not both fire the other's reminders. Durable stores (Redis, SQLite) thus keep
/// reminders across a restart; the in-memory store does not, as with daprd. Every load and save
/// runs under the store's outbound resiliency policy, as daprd's reminder storage does.
/// </summary>
internal sealed class ReminderStore(IStateStore store, string appId, ComponentPolicy policy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The reminders of <paramref name="actorType"/>.</summary>
    public async Task<IReadOnlyList<ActorJob>> LoadAsync(string actorType, CancellationToken cancellationToken)
    {
        var key = Key(actorType);
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

    /// <summary>Replaces the reminders of <paramref name="actorType"/>.</summary>
    public Task SaveAsync(string actorType, IReadOnlyCollection<ActorJob> reminders, CancellationToken cancellationToken)
    {
        if (reminders.Count == 0)
        {
            var deletion = new StateDelete(Key(actorType));
            return policy.ExecuteAsync(token => store.DeleteAsync(deletion, token), cancellationToken);
        }

        // TTL -1: reminders never expire with the store's default ttlInSeconds.
        var upsert = new StateUpsert(Key(actorType), JsonSerializer.SerializeToUtf8Bytes(reminders, Json), TtlSeconds: -1);
        return policy.ExecuteAsync(token => store.SetAsync(upsert, token), cancellationToken);
    }

    private string Key(string actorType) =>
        $"{appId}{StateKeys.Separator}actors{StateKeys.Separator}{actorType}{StateKeys.Separator}reminders";
}
