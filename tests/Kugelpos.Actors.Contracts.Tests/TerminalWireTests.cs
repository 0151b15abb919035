using System.Text.Json;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Actors.Contracts.Tests;

public class TerminalWireTests
{
    private static readonly SignedInStaff Alice = new() { StaffId = "S001", StaffName = "Alice" };

    private static readonly TerminalReply Reply = new()
    {
        Terminal = new TerminalSnapshot
        {
            TerminalId = "A1234-S01-1",
            TenantId = "A1234",
            StoreCode = "S01",
            TerminalNo = 1,
            Description = "Front till",
            FunctionMode = TerminalFunctionMode.Sales,
            EntryDateTime = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
            LastUpdateDateTime = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero),
            Version = 12,
            Status = TerminalStatus.Opened,
            Staff = Alice,
            BusinessDate = new DateOnly(2026, 11, 30),
            OpenCounter = 2,
            BusinessCounter = 7,
            InitialAmount = 30000.50m,
            PhysicalAmount = null,
            CashInOutCount = 1,
            CashInOutLastDateTime = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.FromHours(9)),
            CartTransactionCount = 3,
            CartTransactionLastNo = 41,
            TransactionCounter = 41,
            ReceiptCounter = 41,
        },
        CashMovement = new CashMovement { Amount = -500m, Description = "Bank deposit", RecordedAt = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.FromHours(9)) },
    };

    private static readonly TerminalReply Refused = Reply with
    {
        CashMovement = null,
        Refusal = new TerminalRefusal { Code = TerminalRefusalCode.InvalidRequest, Status = TerminalStatus.Opened, Message = "Cash out needs an amount greater than zero.", Field = "amount" },
    };

    private static readonly TransactionNumbersReply Numbers = new()
    {
        Numbers = new TransactionNumbers { TransactionNo = 42, ReceiptNo = 9, BusinessDate = new DateOnly(2026, 11, 30), OpenCounter = 2, BusinessCounter = 7, Staff = Alice },
    };

    public static TheoryData<object> Records() =>
    [
        Reply,
        Refused,
        Numbers,
        new TransactionNumbersReply { Refusal = new TerminalRefusal { Code = TerminalRefusalCode.NotOpened, Status = TerminalStatus.Closed, Message = "closed" } },
        new SignInRequest { StaffId = "S001", StaffName = "Alice" },
        new OpenTerminalRequest { InitialAmount = 30000m, StoreName = "Main Street" },
        new OpenTerminalRequest(),
        new OpenTerminalRequest { StoreFound = false },
        new CloseTerminalRequest { StoreFound = false },
        new CashInOutRequest { Amount = 500m, StoreFound = false },
        Reply with { ReceiptText = "<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page/>\n</PrintData>\n", JournalText = "店舗名 Main Street\n" },
        new TerminalReply { Refusal = new TerminalRefusal { Code = TerminalRefusalCode.StoreNotFound, Status = TerminalStatus.Opened, Message = "store S01 is not on file" } },
        new CloseTerminalRequest { PhysicalAmount = 29500.25m, StoreName = "Main Street" },
        new CashInOutRequest { Amount = 500m, Description = null },
        new CashInOutRequest { Amount = 500m, Description = "Change", StoreName = "Main Street" },
        new ReceiptNumberRange { Start = 1, End = 9999 },
        Reply with { ProtectedApiKey = "CfDJ8-protected" },
        new TerminalReply { Refusal = new TerminalRefusal { Code = TerminalRefusalCode.NotFound, Status = TerminalStatus.Idle, Message = "The terminal does not exist." } },
        new CreateTerminalRequest { TenantId = "A1234", StoreCode = "S01", TerminalNo = 1, Description = "Front till", ApiKeyHash = "ab12", ProtectedApiKey = "CfDJ8" },
        new UpdateDescriptionRequest { Description = "Back till" },
        new UpdateFunctionModeRequest { FunctionMode = TerminalFunctionMode.CashInOut },
        new VerifyApiKeyRequest { ApiKeyHash = "ab12" },
    ];

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_contract_record_survives_remotings_data_contract_serializer(object record)
    {
        var roundTrip = typeof(WireRoundTrip).GetMethod(nameof(WireRoundTrip.ThroughDataContract))!.MakeGenericMethod(record.GetType());

        Assert.Equal(record, roundTrip.Invoke(null, [record]));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_contract_record_survives_the_runtimes_json(object record)
    {
        var roundTrip = typeof(WireRoundTrip).GetMethod(nameof(WireRoundTrip.ThroughJson))!.MakeGenericMethod(record.GetType());

        Assert.Equal(record, roundTrip.Invoke(null, [record]));
    }

    [Fact]
    public void On_json_the_reply_is_camel_case_with_statuses_and_codes_as_words()
    {
        var json = JsonSerializer.SerializeToElement(Refused, WireRoundTrip.RuntimeJson);

        Assert.Equal("Opened", json.GetProperty("terminal").GetProperty("status").GetString());
        Assert.Equal("2026-11-30", json.GetProperty("terminal").GetProperty("businessDate").GetString());
        Assert.Equal(30000.50m, json.GetProperty("terminal").GetProperty("initialAmount").GetDecimal());
        Assert.Equal("InvalidRequest", json.GetProperty("refusal").GetProperty("code").GetString());
        Assert.Equal("amount", json.GetProperty("refusal").GetProperty("field").GetString());
    }

    [Fact]
    public void Function_modes_travel_as_their_names()
    {
        var json = JsonSerializer.SerializeToElement(new UpdateFunctionModeRequest { FunctionMode = TerminalFunctionMode.CashInOut }, WireRoundTrip.RuntimeJson);

        Assert.Equal("CashInOut", json.GetProperty("functionMode").GetString());
    }

    [Fact]
    public void Key_material_never_shows_in_a_logged_request_or_reply()
    {
        var create = new CreateTerminalRequest { TenantId = "A1234", StoreCode = "S01", TerminalNo = 1, Description = "Front till", ApiKeyHash = "hash-value", ProtectedApiKey = "protected-value" };
        var logged = string.Join(' ', create, new VerifyApiKeyRequest { ApiKeyHash = "hash-value" }, Reply with { ProtectedApiKey = "protected-value" });

        Assert.DoesNotContain("hash-value", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("protected-value", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_missing_a_required_field_does_not_bind_on_json()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CashInOutRequest>("""{"description":"no amount"}""", WireRoundTrip.RuntimeJson));
    }
}
