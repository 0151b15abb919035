using System.Net;
using Kugelpos.Journal.Tests.Journals;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Validation;

public sealed class BadInputTests
{
    public static TheoryData<string, string> BadSearches => new()
    {
        { "?terminals=one", "terminals" },
        { "?transaction_types=x", "transaction_types" },
        { "?business_date_from=2026-05-01", "business_date_from" },
        { "?business_date_to=202605", "business_date_to" },
        { "?generate_date_time_from=yesterday", "generate_date_time_from" },
        { "?generate_date_time_to=noon", "generate_date_time_to" },
        { "?receipt_no_from=a", "receipt_no_from" },
        { "?receipt_no_to=1.5", "receipt_no_to" },
        { "?limit=-1", "limit" },
        { "?page=0", "page" },
        { "?sort=journal_text:1", "sort" },
        { "?sort=receipt_no:2", "sort" },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task A_bad_search_parameter_is_a_4xx_naming_it(string query, string field)
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, body) = await service.CallAsync(HttpMethod.Get, $"{JournalTestService.Stores}/journals{query}");

        Assert.InRange((int)status, 400, 499);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Contains(field, Json.ErrorFields(body));
    }

    public static TheoryData<string, string> BadEntries => new()
    {
        { "transactionType", "{\"tenantId\":\"T9001\",\"storeCode\":\"S001\",\"terminalNo\":1,\"businessDate\":\"20260501\",\"openCounter\":1,\"businessCounter\":1,\"generateDateTime\":\"2026-05-01T10:00:00Z\",\"journalText\":\"x\",\"receiptText\":\"y\"}" },
        { "businessDate", "{\"tenantId\":\"T9001\",\"storeCode\":\"S001\",\"terminalNo\":1,\"transactionType\":101,\"businessDate\":\"2026-05-01\",\"openCounter\":1,\"businessCounter\":1,\"generateDateTime\":\"2026-05-01T10:00:00Z\",\"journalText\":\"x\",\"receiptText\":\"y\"}" },
        { "generateDateTime", "{\"tenantId\":\"T9001\",\"storeCode\":\"S001\",\"terminalNo\":1,\"transactionType\":101,\"businessDate\":\"20260501\",\"openCounter\":1,\"businessCounter\":1,\"generateDateTime\":\"soon\",\"journalText\":\"x\",\"receiptText\":\"y\"}" },
        { "journalText", "{\"tenantId\":\"T9001\",\"storeCode\":\"S001\",\"terminalNo\":1,\"transactionType\":101,\"businessDate\":\"20260501\",\"openCounter\":1,\"businessCounter\":1,\"generateDateTime\":\"2026-05-01T10:00:00Z\",\"receiptText\":\"y\"}" },
        { "storeCode", "{\"tenantId\":\"T9001\",\"storeCode\":\"S002\",\"terminalNo\":1,\"transactionType\":101,\"businessDate\":\"20260501\",\"openCounter\":1,\"businessCounter\":1,\"generateDateTime\":\"2026-05-01T10:00:00Z\",\"journalText\":\"x\",\"receiptText\":\"y\"}" },
        { "openCounter", "{\"tenantId\":\"T9001\",\"storeCode\":\"S001\",\"terminalNo\":1,\"transactionType\":101,\"businessDate\":\"20260501\",\"openCounter\":\"one\",\"businessCounter\":1,\"generateDateTime\":\"2026-05-01T10:00:00Z\",\"journalText\":\"x\",\"receiptText\":\"y\"}" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task A_bad_journal_entry_is_a_4xx_naming_the_field_and_stores_nothing(string field, string json)
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, body) = await service.CallAsync(HttpMethod.Post, $"{JournalTestService.Stores}/terminals/1/journals", json);

        Assert.InRange((int)status, 400, 499);
        Assert.Contains(field, Json.ErrorFields(body));
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"tenant_id\":\"T9001\"}")]
    [InlineData("{not json")]
    [InlineData("")]
    public async Task A_bad_transaction_log_is_a_4xx_and_stores_nothing(string json)
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, body) = await service.CallAsync(HttpMethod.Post, $"{JournalTestService.Stores}/terminals/1/transactions", json);

        Assert.InRange((int)status, 400, 499);
        Assert.NotEmpty(Json.ErrorFields(body));
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{}", "tenantId")]
    [InlineData("{\"tenantId\":\"bad tenant!\"}", "tenantId")]
    public async Task A_bad_tenant_body_is_a_4xx_naming_tenantId(string json, string field)
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        var (status, body) = await service.CallAsync(HttpMethod.Post, "/api/v1/tenants", json);

        Assert.InRange((int)status, 400, 499);
        Assert.Contains(field, Json.ErrorFields(body));
    }

    [Fact]
    public async Task A_path_terminal_that_is_not_a_number_is_not_served()
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, _) = await service.CallAsync(HttpMethod.Post, $"{JournalTestService.Stores}/terminals/one/journals", JournalEntryTests.Entry());

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
