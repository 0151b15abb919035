using System.Text.Json.Nodes;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class EventIdTests
{
    public static TheoryData<string> AllSamples =>
    [
        Samples.TranlogSale,
        Samples.CashlogCashOut,
        Samples.OpenCloseLogClose,
    ];

    public static TheoryData<string, JsonNode?> MalformedIds => new()
    {
        { Samples.TranlogSale, "not-a-uuid" },
        { Samples.TranlogSale, 42 },
        { Samples.TranlogSale, null },
        { Samples.TranlogSale, new JsonObject() },
        { Samples.CashlogCashOut, "0f8fad5b-d9cb-469f-a165" },
        { Samples.OpenCloseLogClose, string.Empty },
    };

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Missing_event_id_is_an_error_naming_the_field(string sample)
    {
        var json = JsonEdit.Without(Samples.Read(sample), "event_id");

        var error = Assert.Throws<EventJsonException>(() => EventReaders.Read(sample, json));

        Assert.Contains("event_id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public void Malformed_event_id_is_an_error_naming_the_field(string sample, JsonNode? eventId)
    {
        var json = JsonEdit.With(Samples.Read(sample), "event_id", eventId);

        var error = Assert.Throws<EventJsonException>(() => EventReaders.Read(sample, json));

        Assert.Equal("$.event_id", error.Path);
        Assert.Contains("event_id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Empty_uuid_is_not_an_event_id(string sample)
    {
        var json = JsonEdit.With(Samples.Read(sample), "event_id", Guid.Empty.ToString());

        var error = Assert.Throws<EventJsonException>(() => EventReaders.Read(sample, json));

        Assert.Equal("$.event_id", error.Path);
        Assert.Contains("event_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_read_reports_a_missing_event_id_instead_of_throwing()
    {
        var json = JsonEdit.Without(Samples.Read(Samples.TranlogSale), "event_id");

        var ok = EventJson.TryDeserialize<TransactionLog>(json, out var log, out var error);

        Assert.False(ok);
        Assert.Null(log);
        Assert.Contains("event_id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_read_returns_the_event_when_it_is_valid()
    {
        var ok = EventJson.TryDeserialize<CashInOutLog>(Samples.Read(Samples.CashlogCashOut), out var log, out var error);

        Assert.True(ok);
        Assert.Null(error);
        Assert.NotNull(log);
        Assert.Equal(-5000m, log.Amount);
    }

    [Fact]
    public void An_event_without_an_id_is_not_written()
    {
        var log = EventJson.Deserialize<CashInOutLog>(Samples.Read(Samples.CashlogCashOut)) with { EventId = Guid.Empty };

        var error = Assert.Throws<ArgumentException>(() => EventJson.Serialize(log));

        Assert.Contains("event_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_id_is_written_as_a_lowercase_uuid_string()
    {
        var id = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");
        var log = EventJson.Deserialize<TransactionLog>(Samples.Read(Samples.TranlogSale)) with { EventId = id };

        var written = JsonNode.Parse(EventJson.Serialize(log))!;

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", written["event_id"]!.GetValue<string>());
    }
}
