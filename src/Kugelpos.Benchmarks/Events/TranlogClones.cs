using System.Text.Json;
using System.Text.Json.Nodes;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// Distinct transaction logs made from one real one: each is the log exactly as the cart published
/// it, with a fresh <c>event_id</c> and the next <c>transaction_no</c>. Safe to use from many publishers at once.
/// </summary>
public sealed class TranlogClones
{
    private const string EventIdField = "event_id";
    private const string TransactionNoField = "transaction_no";

    // Each clone is parsed from these bytes, never from a shared JsonNode: a node tree is not safe to read from several threads.
    private readonly byte[] _template;
    private int _lastTransactionNo;

    /// <summary>Clones of <paramref name="log"/>, the wire JSON of a transaction log with an event id and a transaction number.</summary>
    /// <exception cref="EventJsonException">The JSON is not a valid transaction log.</exception>
    public TranlogClones(ReadOnlyMemory<byte> log)
    {
        var valid = EventJson.Deserialize<TransactionLog>(log.Span);
        _lastTransactionNo = valid.TransactionNo ?? throw new EventJsonException("The TransactionLog event has no transaction_no to number its clones from.", "$." + TransactionNoField);
        _template = log.ToArray();
    }

    /// <summary>Clones of the transaction log a CloudEvent carries in its <c>data</c>, as a pub/sub stream entry holds it.</summary>
    /// <exception cref="EventJsonException">The envelope carries no valid transaction log.</exception>
    public static TranlogClones FromCloudEvent(ReadOnlySpan<byte> cloudEvent)
    {
        JsonNode? data;
        try
        {
            data = JsonNode.Parse(cloudEvent)?["data"];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new EventJsonException($"The CloudEvent is not a JSON object: {e.Message}", "$", e);
        }

        return data is JsonObject log
            ? new TranlogClones(JsonSerializer.SerializeToUtf8Bytes(log))
            : throw new EventJsonException("The CloudEvent carries no JSON object in data.", "$.data");
    }

    /// <summary>The next distinct log: a fresh event id and the transaction number after the last one given.</summary>
    public ClonedLog Next()
    {
        var log = JsonNode.Parse(_template)!.AsObject();
        var eventId = Guid.NewGuid();
        log[EventIdField] = eventId.ToString();
        log[TransactionNoField] = Interlocked.Increment(ref _lastTransactionNo);
        return new ClonedLog(eventId, JsonSerializer.SerializeToUtf8Bytes(log));
    }
}
