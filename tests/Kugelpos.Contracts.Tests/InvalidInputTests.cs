using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class InvalidInputTests
{
    [Theory]
    [InlineData("tenant_id")]
    [InlineData("store_code")]
    [InlineData("terminal_no")]
    public void Missing_identity_field_is_an_error_naming_it(string field)
    {
        var json = JsonEdit.Without(Samples.Read(Samples.TranlogSale), field);

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<TransactionLog>(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tenant_id")]
    [InlineData("store_code")]
    [InlineData("terminal_no")]
    public void Null_identity_field_is_an_error_naming_it(string field)
    {
        var json = JsonEdit.With(Samples.Read(Samples.OpenCloseLogClose), field, null);

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<OpenCloseLog>(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public void Text_that_is_not_an_event_object_is_an_error(string json)
    {
        Assert.Throws<EventJsonException>(() => EventJson.Deserialize<CashInOutLog>(json));
    }

    [Fact]
    public void A_field_of_the_wrong_shape_is_an_error_with_its_path()
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root => root["line_items"] = "three lines");

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<TransactionLog>(json));

        Assert.Equal("$.line_items", error.Path);
    }

    [Fact]
    public void A_wrongly_typed_flag_is_an_error_with_its_path()
    {
        var json = JsonEdit.With(Samples.Read(Samples.TranlogSale), "is_voided", "yes");

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<TransactionLog>(json));

        Assert.Equal("$.is_voided", error.Path);
    }

    [Fact]
    public void Null_flags_read_as_false_like_the_originals_default()
    {
        var json = JsonEdit.With(Samples.Read(Samples.TranlogSale), "is_refunded", null);

        Assert.False(EventJson.Deserialize<TransactionLog>(json).IsRefunded);
    }
}
