using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Kugelpos.Benchmarks.Events;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>The distinct logs the events mode publishes: a real log with a fresh event_id and transaction_no, nothing else changed.</summary>
public sealed class TranlogClonesTests
{
    [Fact]
    public void A_clone_has_a_fresh_event_id_the_next_transaction_number_and_everything_else_as_published()
    {
        var clone = new TranlogClones(SampleLog.Utf8).Next();

        var copy = JsonNode.Parse(clone.Json)!.AsObject();
        Assert.Equal(clone.EventId.ToString(), copy["event_id"]!.GetValue<string>());
        Assert.NotEqual(Guid.Parse(SampleLog.EventId), clone.EventId);
        Assert.Equal(SampleLog.TransactionNo + 1, copy["transaction_no"]!.GetValue<int>());
        var original = JsonNode.Parse(SampleLog.Json)!.AsObject();
        foreach (var renumbered in new[] { "event_id", "transaction_no" })
        {
            copy.Remove(renumbered);
            original.Remove(renumbered);
        }

        Assert.True(JsonNode.DeepEquals(original, copy), copy.ToJsonString());
    }

    [Fact]
    public void A_clone_reads_back_as_a_valid_transaction_log()
    {
        var clone = new TranlogClones(SampleLog.Utf8).Next();

        var log = EventJson.Deserialize<TransactionLog>(clone.Json);

        Assert.Equal((clone.EventId, SampleLog.TransactionNo + 1, 2), (log.EventId, log.TransactionNo, log.LineItems.Count));
    }

    [Fact]
    public void Clones_made_by_many_publishers_at_once_all_differ_in_event_id_and_transaction_number()
    {
        var clones = new TranlogClones(SampleLog.Utf8);
        var made = new ConcurrentBag<ClonedLog>();

        Parallel.For(0, 1000, _ => made.Add(clones.Next()));

        Assert.Equal(1000, made.Select(c => c.EventId).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(SampleLog.TransactionNo + 1, 1000),
            made.Select(c => JsonNode.Parse(c.Json)!["transaction_no"]!.GetValue<int>()).Order());
    }

    [Fact]
    public void The_log_is_taken_from_the_data_of_the_cloud_event_a_stream_entry_holds()
    {
        var clone = TranlogClones.FromCloudEvent(SampleLog.CloudEvent).Next();

        var copy = JsonNode.Parse(clone.Json)!;
        Assert.Equal(("B0001", SampleLog.TransactionNo + 1), (copy["tenant_id"]!.GetValue<string>(), copy["transaction_no"]!.GetValue<int>()));
        Assert.Null(copy["specversion"]);
    }

    [Theory]
    [InlineData("""{"specversion":"1.0","id":"c1"}""", "$.data")]
    [InlineData("""{"specversion":"1.0","data":"a text"}""", "$.data")]
    [InlineData("""not json""", "$")]
    public void A_cloud_event_without_a_transaction_log_is_refused(string cloudEvent, string path)
    {
        var error = Assert.Throws<EventJsonException>(() => TranlogClones.FromCloudEvent(Encoding.UTF8.GetBytes(cloudEvent)));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void A_log_without_a_transaction_number_is_refused_naming_the_field()
    {
        var log = JsonNode.Parse(SampleLog.Json)!.AsObject();
        log.Remove("transaction_no");

        var error = Assert.Throws<EventJsonException>(() => new TranlogClones(Encoding.UTF8.GetBytes(log.ToJsonString())));

        Assert.Equal("$.transaction_no", error.Path);
    }
}
