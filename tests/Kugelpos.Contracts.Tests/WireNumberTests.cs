using System.Text.Json.Nodes;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class WireNumberTests
{
    [Theory]
    [InlineData("1234")]
    [InlineData("1234.0")]
    [InlineData("1234.00")]
    [InlineData("1.234e3")]
    public void Integer_and_float_forms_of_an_amount_read_the_same(string number)
    {
        var log = ReadCashLogWithAmount(number);

        Assert.Equal(1234m, log.Amount);
    }

    [Fact]
    public void Amounts_beyond_double_precision_stay_exact()
    {
        var log = ReadCashLogWithAmount("9007199254740993");

        Assert.Equal(9_007_199_254_740_993m, log.Amount);
        Assert.Contains("\"amount\":9007199254740993.0", EventJson.Serialize(log), StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_fractions_stay_exact()
    {
        var log = ReadCashLogWithAmount("0.1");

        Assert.Equal(0.1m, log.Amount);
        Assert.Equal(0.3m, log.Amount + 0.2m);
    }

    [Theory]
    [InlineData("1234", "1234.0")]
    [InlineData("-5000", "-5000.0")]
    [InlineData("1234.50", "1234.5")]
    [InlineData("0", "0.0")]
    [InlineData("0.125", "0.125")]
    public void Amounts_are_written_the_way_python_writes_a_float(string amount, string expected)
    {
        var log = ReadCashLogWithAmount("1") with { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Contains($"\"amount\":{expected},", EventJson.Serialize(log), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_cash_amount_stays_null()
    {
        var log = ReadCashLogWithAmount("null");

        Assert.Null(log.Amount);
        Assert.Contains("\"amount\":null", EventJson.Serialize(log), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_total_reads_as_zero_like_the_originals_default()
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root => root["sales"]!["total_amount"] = null);

        Assert.Equal(0m, EventJson.Deserialize<TransactionLog>(json).Sales?.TotalAmount);
    }

    [Fact]
    public void An_amount_sent_as_text_is_an_error_with_its_path()
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root => root["sales"]!["total_amount"] = "2660");

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<TransactionLog>(json));

        Assert.Equal("$.sales.total_amount", error.Path);
    }

    [Fact]
    public void An_amount_beyond_decimal_range_is_an_error()
    {
        Assert.Throws<EventJsonException>(() => ReadCashLogWithAmount("1e40"));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("2.0", 2)]
    [InlineData("null", 0)]
    public void Quantities_read_from_whole_numbers_or_null(string quantity, int expected)
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root => root["line_items"]![0]!["quantity"] = JsonNode.Parse(quantity));

        Assert.Equal(expected, EventJson.Deserialize<TransactionLog>(json).LineItems[0].Quantity);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("\"2\"")]
    [InlineData("1e10")]
    public void A_quantity_that_is_not_a_whole_number_is_an_error_with_its_path(string quantity)
    {
        var json = JsonEdit.Edit(Samples.Read(Samples.TranlogSale), root => root["line_items"]![0]!["quantity"] = JsonNode.Parse(quantity));

        var error = Assert.Throws<EventJsonException>(() => EventJson.Deserialize<TransactionLog>(json));

        Assert.Equal("$.line_items[0].quantity", error.Path);
    }

    private static CashInOutLog ReadCashLogWithAmount(string number) =>
        EventJson.Deserialize<CashInOutLog>(
            JsonEdit.With(Samples.Read(Samples.CashlogCashOut), "amount", JsonNode.Parse(number)));
}
