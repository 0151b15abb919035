using System.Text;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Tests.TestSupport;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Contracts.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData(Samples.TranlogSale)]
    [InlineData(Samples.TranlogVoid)]
    [InlineData(Samples.CashlogCashOut)]
    [InlineData(Samples.OpenCloseLogClose)]
    public void Sample_reads_and_writes_back_to_the_same_json(string sample)
    {
        var json = Samples.Read(sample);

        var written = EventReaders.Write(EventReaders.Read(sample, json));

        JsonCanonical.AssertSemanticallyEqual(json, written);
    }

    [Fact]
    public void Utf8_bytes_and_string_forms_are_the_same_json()
    {
        var log = EventJson.Deserialize<TransactionLog>(Samples.Read(Samples.TranlogSale));

        var fromBytes = Encoding.UTF8.GetString(EventJson.SerializeToUtf8Bytes(log));

        Assert.Equal(EventJson.Serialize(log), fromBytes);
    }

    [Fact]
    public void Utf8_bytes_read_like_the_string()
    {
        var json = Samples.Read(Samples.TranlogSale);

        var log = EventJson.Deserialize<TransactionLog>(Encoding.UTF8.GetBytes(json));

        JsonCanonical.AssertSemanticallyEqual(json, EventJson.Serialize(log));
    }

    [Fact]
    public async Task Stream_reads_like_the_string()
    {
        var json = Samples.Read(Samples.TranlogVoid);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var log = await EventJson.DeserializeAsync<TransactionLog>(stream);

        JsonCanonical.AssertSemanticallyEqual(json, EventJson.Serialize(log));
    }

    [Fact]
    public void Cloud_event_data_element_reads_like_the_string()
    {
        var json = Samples.Read(Samples.TranlogSale);
        var envelope = $$"""{"id":"1","specversion":"1.0","type":"com.dapr.event.sent","data":{{json}}}""";
        using var document = System.Text.Json.JsonDocument.Parse(envelope);

        var log = EventJson.Deserialize<TransactionLog>(document.RootElement.GetProperty("data"));

        JsonCanonical.AssertSemanticallyEqual(json, EventJson.Serialize(log));
    }

    [Fact]
    public void A_log_built_in_code_reads_back_unchanged()
    {
        var built = new TransactionLog
        {
            EventId = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            TenantId = "A1234",
            StoreCode = "0001",
            TerminalNo = 1,
            TransactionNo = 5,
            TransactionType = TransactionType.ReturnSales,
            BusinessDate = new DateOnly(2025, 12, 31),
            GenerateDateTime = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.FromHours(9)),
            Sales = new TransactionSales { TotalAmount = 1500m, TotalAmountWithTax = 1650m, TaxAmount = 150m, TotalQuantity = 3 },
            LineItems = [new TransactionLineItem { LineNo = 1, ItemCode = "X", UnitPrice = 500m, Quantity = 3, Amount = 1500m }],
            Payments = [new TransactionPayment { PaymentNo = 1, PaymentCode = "01", Amount = 1650m, DepositAmount = 2000m }],
            Origin = new OriginalTransaction { TransactionNo = 4, TransactionType = TransactionType.NormalSales },
        };

        var written = EventJson.Serialize(built);
        var readBack = EventJson.Deserialize<TransactionLog>(written);

        Assert.Equal(written, EventJson.Serialize(readBack));
        Assert.Equal(built.EventId, readBack.EventId);
        Assert.Equal(1650m, readBack.Payments[0].Amount);
        Assert.Equal(TransactionType.NormalSales, readBack.Origin?.TransactionType);
    }
}
