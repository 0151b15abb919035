using System.Text.Json;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Journals;

public sealed class JournalSearchTests
{
    [Fact]
    public async Task An_empty_journal_answers_an_empty_page_with_the_originals_defaults()
    {
        await using var service = await JournalTestService.StartAsync();

        var body = await service.SearchAsync();

        Assert.Empty(body.GetProperty("data").EnumerateArray());
        var metadata = body.GetProperty("metadata");
        Assert.Equal(0, metadata.GetProperty("total").GetInt32());
        Assert.Equal(1, metadata.GetProperty("page").GetInt32());
        Assert.Equal(100, metadata.GetProperty("limit").GetInt32());
        Assert.Equal("terminal_no:1, business_date:1, receipt_no:1", metadata.GetProperty("sort").GetString());
        Assert.Equal("get_journals", body.GetProperty("operation").GetString());
        Assert.Equal($"Journals found successfully. tenant_id: {JournalTestService.Tenant}, store_code: {JournalTestService.Store}", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Entries_come_by_terminal_business_date_and_receipt_number_unless_sorted_otherwise()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service,
            Support.Logs.Sale(1, receiptNo: 30, terminalNo: 2),
            Support.Logs.Sale(2, receiptNo: 20, terminalNo: 1),
            Support.Logs.Sale(3, receiptNo: 10, terminalNo: 1));

        Assert.Equal("10, 20, 30", ReceiptNos(await service.SearchAsync()));
        Assert.Equal("30, 20, 10", ReceiptNos(await service.SearchAsync("?sort=receipt_no:-1")));
    }

    [Fact]
    public async Task Terminals_and_transaction_types_filter_by_any_of_their_values()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service,
            Support.Logs.Sale(1, terminalNo: 1),
            Support.Logs.Sale(2, terminalNo: 2, cancelled: true),
            Support.Logs.Sale(3, terminalNo: 3));
        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.CashlogRoute, Support.Logs.Cash(100m)));

        Assert.Equal("1, 2", ReceiptNos(await service.SearchAsync("?terminals=1&terminals=2&transaction_types=101&transaction_types=-101")));
        Assert.Equal("2", ReceiptNos(await service.SearchAsync("?transaction_types=-101")));
        var cash = (await service.SearchAsync("?transaction_types=401")).GetProperty("data");
        Assert.Equal(401, Assert.Single(cash.EnumerateArray()).GetProperty("transactionType").GetInt32());
    }

    [Fact]
    public async Task Business_date_generation_time_and_receipt_ranges_include_both_ends()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service,
            Support.Logs.Sale(1, businessDate: new DateOnly(2026, 4, 30)),
            Support.Logs.Sale(2, businessDate: new DateOnly(2026, 5, 1)),
            Support.Logs.Sale(3, businessDate: new DateOnly(2026, 5, 2)));

        Assert.Equal("1, 2", ReceiptNos(await service.SearchAsync("?business_date_from=20260430&business_date_to=20260501")));

        // Sale n is generated n minutes after 10:00 UTC.
        Assert.Equal("2, 3", ReceiptNos(await service.SearchAsync("?generate_date_time_from=20260501T100200&generate_date_time_to=20260501T100300")));
        Assert.Equal("2, 3", ReceiptNos(await service.SearchAsync("?receipt_no_from=2&receipt_no_to=3")));
        Assert.Equal("3", ReceiptNos(await service.SearchAsync("?receipt_no_from=3")));
    }

    [Fact]
    public async Task Keywords_find_entries_whose_journal_text_holds_any_of_them_and_page_the_matches()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service,
            Support.Logs.Sale(1, journalText: "apple juice"),
            Support.Logs.Sale(2, journalText: "bread"),
            Support.Logs.Sale(3, journalText: "green apple"),
            Support.Logs.Sale(4, journalText: "milk"));

        Assert.Equal("1, 3, 4", ReceiptNos(await service.SearchAsync("?keywords=apple&keywords=milk")));

        var second = await service.SearchAsync("?keywords=apple&keywords=milk&limit=2&page=2");
        Assert.Equal("4", ReceiptNos(second));
        Assert.Equal(3, second.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Paging_returns_the_asked_page_and_the_total_of_all_matches()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service, [.. Enumerable.Range(1, 5).Select(n => Support.Logs.Sale(n))]);

        var page = await service.SearchAsync("?limit=2&page=3");

        Assert.Equal("5", ReceiptNos(page));
        Assert.Equal(5, page.GetProperty("metadata").GetProperty("total").GetInt32());
        Assert.Equal(3, page.GetProperty("metadata").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Another_stores_entries_are_not_found()
    {
        await using var service = await JournalTestService.StartAsync();
        await DeliverAsync(service, Support.Logs.Sale(1));

        var (_, body) = await service.CallAsync(HttpMethod.Get, $"/api/v1/tenants/{JournalTestService.Tenant}/stores/S999/journals");

        Assert.Empty(body.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task A_terminal_with_its_api_key_may_search_and_another_tenant_may_not()
    {
        await using var service = await JournalTestService.StartAsync();
        var key = new Dictionary<string, string> { ["X-API-KEY"] = JournalTestService.TerminalOne.ApiKey };

        using var terminal = await service.Host.SendAsync(HttpMethod.Get, $"{JournalTestService.Stores}/journals?terminal_id={JournalTestService.TerminalOne.TerminalId}", headers: key);
        using var other = await service.Host.SendAsync(HttpMethod.Get, $"{JournalTestService.Stores}/journals", bearer: service.Host.UserToken("T9002"));
        using var nobody = await service.Host.SendAsync(HttpMethod.Get, $"{JournalTestService.Stores}/journals");

        Assert.Equal(System.Net.HttpStatusCode.OK, terminal.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    private static async Task DeliverAsync(JournalTestService service, params Contracts.Transactions.TransactionLog[] sales)
    {
        foreach (var sale in sales)
        {
            Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.TranlogRoute, sale));
        }
    }

    private static string ReceiptNos(JsonElement body) =>
        string.Join(", ", body.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("receiptNo").GetInt32()));
}
