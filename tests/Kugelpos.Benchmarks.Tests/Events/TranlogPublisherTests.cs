using System.Text.Json.Nodes;
using Kugelpos.Benchmarks.Events;

namespace Kugelpos.Benchmarks.Tests.Events;

/// <summary>The duplicate mix: exactly one publish in ten repeats an event id the publisher already published.</summary>
public sealed class TranlogPublisherTests
{
    [Fact]
    public async Task One_publish_in_ten_repeats_an_event_already_published()
    {
        var sent = new List<string>();
        var publisher = new TranlogPublisher(new TranlogClones(SampleLog.Utf8), json => Record(sent, json));

        for (var i = 0; i < 1000; i++)
        {
            await publisher.PublishNextAsync();
        }

        Assert.Equal((1000L, 100L), (publisher.Published, publisher.Duplicates));
        Assert.Equal(900, sent.Distinct().Count());
        var repeats = sent.Select((id, n) => (id, n)).Where(p => sent.IndexOf(p.id) < p.n).Select(p => p.n).ToList();
        Assert.Equal(Enumerable.Range(0, 100).Select(b => (b * 10) + 9), repeats);
    }

    [Fact]
    public async Task A_duplicate_is_the_whole_log_again_not_a_new_transaction()
    {
        var sent = new List<byte[]>();
        var publisher = new TranlogPublisher(new TranlogClones(SampleLog.Utf8), json =>
        {
            sent.Add(json.ToArray());
            return Task.CompletedTask;
        });

        for (var i = 0; i < 10; i++)
        {
            await publisher.PublishNextAsync();
        }

        Assert.Equal(sent[0], sent[9]);
        Assert.Equal(9, sent.Take(9).Select(j => JsonNode.Parse(j)!["transaction_no"]!.GetValue<int>()).Distinct().Count());
    }

    [Fact]
    public async Task Failed_publishes_are_not_counted_and_what_went_through_is_still_one_in_ten_repeats()
    {
        var sent = new List<string>();
        var calls = 0;
        var publisher = new TranlogPublisher(new TranlogClones(SampleLog.Utf8), json =>
            ++calls % 7 == 0 ? throw new InvalidOperationException("sidecar refused publish " + calls) : Record(sent, json));

        var failures = 0;
        while (publisher.Published < 500)
        {
            try
            {
                await publisher.PublishNextAsync();
            }
            catch (InvalidOperationException)
            {
                failures++;
            }
        }

        Assert.Equal((500, 50L), (sent.Count, publisher.Duplicates));
        Assert.Equal(450, sent.Distinct().Count());
        Assert.All(sent.Select((id, n) => (id, n)).Where(p => p.n % 10 == 9), p => Assert.Equal(sent[p.n - 9], p.id));
        Assert.True(failures > 0);
        Assert.Equal("sidecar refused publish 7", publisher.FirstError);
    }

    private static Task Record(List<string> sent, ReadOnlyMemory<byte> json)
    {
        sent.Add(JsonNode.Parse(json.Span)!["event_id"]!.GetValue<string>());
        return Task.CompletedTask;
    }
}
