using System.Text.Json;
using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.Dapr.Subscriptions.DeadLetters;

/// <summary>
/// Where a subscriber service keeps what reached its dead-letter topics, by tenant: the database
/// <c>db_{service}_deadletter_{tenant_id}</c>, collection <c>dead_letters</c>. A message without a
/// valid <c>tenant_id</c> (a poison message may have none) is kept under <see cref="NoTenant"/>.
/// </summary>
/// <param name="store">The service's document store.</param>
/// <param name="service">The service's name.</param>
/// <param name="time">The clock of <see cref="DeadLetter.ReceivedAt"/>.</param>
public sealed class DeadLetterBox(IDocumentStore store, string service, TimeProvider time)
{
    /// <summary>The tenant id under which messages without a valid one are kept.</summary>
    public const string NoTenant = "_no_tenant";

    /// <summary>The longest message text kept; a dead letter is kept for a person to read, not to replay byte for byte.</summary>
    public const int MaxDataLength = 64 * 1024;

    /// <summary>The collection in each tenant's dead-letter database.</summary>
    public const string Collection = "dead_letters";

    /// <summary>The list's sort fields, newest first unless asked.</summary>
    public static readonly SortFields Sorting = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["received_at"] = nameof(DeadLetter.ReceivedAt),
            ["topic"] = nameof(DeadLetter.Topic),
            ["event_id"] = nameof(DeadLetter.EventId),
        },
        "received_at:-1");

    /// <summary>Records <paramref name="data"/>, received on <paramref name="topic"/> as message <paramref name="messageId"/>; a repeat of the id replaces it.</summary>
    public async Task<DeadLetter> RecordAsync(string topic, string messageId, string data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (tenantId, eventId) = Identify(data);
        var letter = new DeadLetter
        {
            Id = messageId,
            Topic = topic,
            EventId = eventId,
            ReceivedAt = time.GetUtcNow(),
            Data = data.Length > MaxDataLength ? data[..MaxDataLength] : data,
        };
        await Letters(tenantId).UpsertAsync(letter, cancellationToken);
        return letter;
    }

    /// <summary>One page of the dead letters of <paramref name="tenantId"/>, and how many there are.</summary>
    public async Task<(IReadOnlyList<DeadLetter> Page, long Total)> ListAsync(string tenantId, PageQuery page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var letters = Letters(tenantId);
        var found = await letters.FindAsync(null, page.FindOptions(Sorting), cancellationToken);
        return (found, await letters.CountAsync(null, cancellationToken));
    }

    private IDocumentCollection<DeadLetter> Letters(string tenantId) =>
        store.GetDatabase($"db_{service.Replace('-', '_')}_deadletter", tenantId).GetCollection<DeadLetter>(Collection);

    // Read as loosely as a poison message needs: anything that is not an object with the fields is kept under NoTenant.
    private static (string TenantId, string? EventId) Identify(string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (NoTenant, null);
            }

            var tenant = Text(document.RootElement, "tenant_id");
            return (TenantId.IsValid(tenant) ? tenant : NoTenant, Text(document.RootElement, "event_id"));
        }
        catch (JsonException)
        {
            return (NoTenant, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
