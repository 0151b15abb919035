using System.Text.Json.Nodes;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Tests.TestSupport;

namespace Kugelpos.Contracts.Tests;

public sealed class WireDateTests
{
    private static readonly DateTimeOffset TenAmTokyo = new(2025, 5, 1, 10, 0, 0, TimeSpan.FromHours(9));

    public static TheoryData<DateTimeOffset, string> PythonIsoForms => new()
    {
        { TenAmTokyo, "2025-05-01T10:00:00+09:00" },
        { TenAmTokyo.AddTicks(10), "2025-05-01T10:00:00.000001+09:00" },
        { TenAmTokyo.AddMilliseconds(500), "2025-05-01T10:00:00.500000+09:00" },
        { TenAmTokyo.AddTicks(1), "2025-05-01T10:00:00.0000001+09:00" },
        { new DateTimeOffset(2025, 5, 1, 1, 0, 0, TimeSpan.Zero), "2025-05-01T01:00:00+00:00" },
    };

    [Theory]
    [MemberData(nameof(PythonIsoForms))]
    public void Timestamps_are_written_like_python_isoformat(DateTimeOffset timestamp, string expected)
    {
        var log = CashLog with { GenerateDateTime = timestamp };

        var written = JsonNode.Parse(EventJson.Serialize(log))!["generate_date_time"]!.GetValue<string>();

        Assert.Equal(expected, written);
    }

    [Theory]
    [MemberData(nameof(PythonIsoForms))]
    public void Timestamps_read_back_to_the_same_instant_and_offset(DateTimeOffset timestamp, string wire)
    {
        var log = ReadCashLog("generate_date_time", wire);

        Assert.Equal(timestamp, log.GenerateDateTime);
        Assert.Equal(timestamp.Offset, log.GenerateDateTime?.Offset);
    }

    [Theory]
    [InlineData("2025-05-01T01:15:30.123000")]
    [InlineData("2025-05-01T01:15:30.123Z")]
    public void A_timestamp_without_offset_or_in_zulu_reads_as_utc(string wire)
    {
        var log = ReadCashLog("generate_date_time", wire);

        Assert.Equal(new DateTimeOffset(2025, 5, 1, 1, 15, 30, 123, TimeSpan.Zero), log.GenerateDateTime);
        Assert.Equal(TimeSpan.Zero, log.GenerateDateTime?.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("05/01/2025 10:00")]
    [InlineData("2025-13-01T10:00:00+09:00")]
    public void A_malformed_timestamp_is_an_error_with_its_path(string wire)
    {
        var error = Assert.Throws<EventJsonException>(() => ReadCashLog("generate_date_time", wire));

        Assert.Equal("$.generate_date_time", error.Path);
    }

    [Fact]
    public void Business_date_is_written_as_yyyymmdd()
    {
        var log = CashLog with { BusinessDate = new DateOnly(2026, 1, 9) };

        Assert.Contains("\"business_date\":\"20260109\"", EventJson.Serialize(log), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-01")]
    [InlineData("20251301")]
    [InlineData("2025051")]
    public void A_malformed_business_date_is_an_error_with_its_path(string wire)
    {
        var error = Assert.Throws<EventJsonException>(() => ReadCashLog("business_date", wire));

        Assert.Equal("$.business_date", error.Path);
        Assert.Contains("YYYYMMDD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_business_date_stays_null()
    {
        var log = EventJson.Deserialize<CashInOutLog>(JsonEdit.With(Samples.Read(Samples.CashlogCashOut), "business_date", null));

        Assert.Null(log.BusinessDate);
    }

    private static CashInOutLog CashLog => EventJson.Deserialize<CashInOutLog>(Samples.Read(Samples.CashlogCashOut));

    private static CashInOutLog ReadCashLog(string field, string wire) =>
        EventJson.Deserialize<CashInOutLog>(JsonEdit.With(Samples.Read(Samples.CashlogCashOut), field, wire));
}
