using System.Net;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Journals;

public sealed class JournalEntryTests
{
    private const string Path = JournalTestService.Stores + "/terminals/1/journals";

    internal static object Entry(string generateDateTime = "2026-05-01T10:00:00Z", int transactionType = 101) => new
    {
        tenantId = JournalTestService.Tenant,
        storeCode = JournalTestService.Store,
        terminalNo = 1,
        transactionNo = 9,
        transactionType,
        businessDate = "20260501",
        openCounter = 1,
        businessCounter = 2,
        generateDateTime,
        receiptNo = 19,
        amount = 550.5m,
        quantity = 3,
        staffId = "STF001",
        journalText = "DIRECT",
        receiptText = "DIRECT RECEIPT",
    };

    [Fact]
    public async Task A_posted_entry_is_stored_and_answered_as_the_original()
    {
        await using var service = await JournalTestService.StartAsync();

        var (status, body) = await service.CallAsync(HttpMethod.Post, Path, Entry());

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("receive_journals", body.GetProperty("operation").GetString());
        Assert.Equal($"Transaction received successfully. tenant_id: {JournalTestService.Tenant}, store_code: {JournalTestService.Store}, terminal_no: 1", body.GetProperty("message").GetString());
        Assert.Equal("DIRECT", body.GetProperty("data").GetProperty("journalText").GetString());
        var found = Assert.Single((await service.SearchAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal(550.5m, found.GetProperty("amount").GetDecimal());
        Assert.Equal(19, found.GetProperty("receiptNo").GetInt32());
        Assert.Equal("2026-05-01T10:00:00Z", found.GetProperty("generateDateTime").GetString());
    }

    [Fact]
    public async Task The_same_terminal_type_and_time_posted_twice_keeps_one_entry()
    {
        await using var service = await JournalTestService.StartAsync();

        await service.CallAsync(HttpMethod.Post, Path, Entry());
        var (status, _) = await service.CallAsync(HttpMethod.Post, Path, Entry());
        await service.CallAsync(HttpMethod.Post, Path, Entry(transactionType: 102));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(2, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_terminal_may_post_its_entry_with_its_api_key()
    {
        await using var service = await JournalTestService.StartAsync();

        using var response = await service.Host.SendAsync(
            HttpMethod.Post, $"{Path}?terminal_id={JournalTestService.TerminalOne.TerminalId}", Entry(),
            headers: new Dictionary<string, string> { ["X-API-KEY"] = JournalTestService.TerminalOne.ApiKey });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task An_entry_for_a_tenant_never_prepared_is_refused_and_stored_nowhere()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        var (status, body) = await service.CallAsync(HttpMethod.Post, Path, Entry());

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["tenant_id"], Json.ErrorFields(body));
    }
}
