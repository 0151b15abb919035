using System.Text.Json.Nodes;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class UnknownFieldTests
{
    [Fact]
    public void Transaction_log_tolerates_fields_it_does_not_know_at_any_depth()
    {
        var sample = Samples.Read(Samples.TranlogSale);
        var extended = JsonEdit.Edit(sample, root =>
        {
            root["shard_key"] = "T9999_5678_9_20250501";
            root["created_at"] = "2025-05-01T01:15:30.123000";
            root["cart_id"] = "c-42";
            root["future_block"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
            var line = root["line_items"]![0]!.AsObject();
            line["item_details"] = new JsonArray("hot");
            line["image_urls"] = new JsonArray();
            line["is_discount_restricted"] = false;
            root["sales"]!["future_total"] = 1.5;
        });

        var log = EventJson.Deserialize<TransactionLog>(extended);

        Assert.Equal(2916m, log.Sales?.TotalAmountWithTax);
        Assert.Equal("49-01", log.LineItems[0].ItemCode);
        JsonCanonical.AssertSemanticallyEqual(sample, EventJson.Serialize(log));
    }

    [Fact]
    public void Cash_log_tolerates_the_originals_storage_fields()
    {
        var sample = Samples.Read(Samples.CashlogCashOut);
        var extended = JsonEdit.Edit(sample, root =>
        {
            root["shard_key"] = null;
            root["created_at"] = null;
            root["updated_at"] = null;
            root["etag"] = null;
        });

        var log = EventJson.Deserialize<CashInOutLog>(extended);

        JsonCanonical.AssertSemanticallyEqual(sample, EventJson.Serialize(log));
    }

    [Fact]
    public void Cash_log_of_an_opening_float_without_event_type_reads()
    {
        var json = JsonEdit.Without(Samples.Read(Samples.CashlogCashOut), "event_type");

        var log = EventJson.Deserialize<CashInOutLog>(json);

        Assert.Null(log.EventType);
        Assert.Equal(-5000m, log.Amount);
    }

    [Fact]
    public void Null_lists_read_as_empty_lists()
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root =>
        {
            root["payments"] = null;
            root["line_items"]![0]!["discounts"] = null;
        });

        var log = EventJson.Deserialize<TransactionLog>(json);

        Assert.Empty(log.Payments);
        Assert.Empty(log.LineItems[0].Discounts);
        Assert.Contains("\"payments\":[]", EventJson.Serialize(log), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_read_from_the_wire_cannot_be_changed_behind_the_record()
    {
        var log = EventJson.Deserialize<TransactionLog>(Samples.Read(Samples.TranlogSale));

        Assert.False(log.LineItems is List<TransactionLineItem>);
        Assert.True(log.LineItems is ICollection<TransactionLineItem> { IsReadOnly: true });
    }
}
