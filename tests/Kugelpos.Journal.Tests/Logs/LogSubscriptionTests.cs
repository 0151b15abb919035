using System.Text.Json;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Journal.Tests.Support;

namespace Kugelpos.Journal.Tests.Logs;

public sealed class LogSubscriptionTests
{
    [Fact]
    public async Task A_delivered_sale_is_journalled_with_its_amount_staff_and_texts()
    {
        await using var service = await JournalTestService.StartAsync();
        var sale = Support.Logs.Sale(7, receiptNo: 1007, total: 1234.5m);

        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.TranlogRoute, sale));

        var entry = Assert.Single((await service.SearchAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal(101, entry.GetProperty("transactionType").GetInt32());
        Assert.Equal(7, entry.GetProperty("transactionNo").GetInt32());
        Assert.Equal(1007, entry.GetProperty("receiptNo").GetInt32());
        Assert.Equal(1234.5m, entry.GetProperty("amount").GetDecimal());
        Assert.Equal(2, entry.GetProperty("quantity").GetInt32());
        Assert.Equal("STF001", entry.GetProperty("staffId").GetString());
        Assert.Equal("admin", entry.GetProperty("userId").GetString());
        Assert.Equal("20260501", entry.GetProperty("businessDate").GetString());
        Assert.Equal("SALE", entry.GetProperty("journalText").GetString());
        Assert.Equal("RECEIPT", entry.GetProperty("receiptText").GetString());
        Assert.Equal(-1, entry.GetProperty("journalSeqNo").GetInt32());
        Assert.Equal("please refer to journal_text.", entry.GetProperty("content").GetString());
    }

    [Fact]
    public async Task The_originals_health_check_probe_is_acknowledged_on_every_log_route_and_journals_nothing()
    {
        await using var service = await JournalTestService.StartAsync();
        const string probe = """{"test":"health-check","timestamp":1764540000.5}""";

        Assert.Equal("SUCCESS", await service.DeliverRawAsync(EventChannels.TranlogRoute, probe));
        Assert.Equal("SUCCESS", await service.DeliverRawAsync(EventChannels.CashlogRoute, probe));
        Assert.Equal("SUCCESS", await service.DeliverRawAsync(EventChannels.OpenCloseLogRoute, probe));

        Assert.Empty((await service.SearchAsync()).GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task A_cancelled_sale_is_journalled_as_minus_101()
    {
        await using var service = await JournalTestService.StartAsync();

        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.TranlogRoute, Support.Logs.Sale(1, cancelled: true)));

        var entry = Assert.Single((await service.SearchAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal(-101, entry.GetProperty("transactionType").GetInt32());
    }

    [Fact]
    public async Task Cash_in_and_out_are_journalled_as_401_and_402_by_the_sign_of_the_amount()
    {
        await using var service = await JournalTestService.StartAsync();

        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.CashlogRoute, Support.Logs.Cash(500m)));
        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.CashlogRoute, Support.Logs.Cash(-200m) with { GenerateDateTime = Support.Logs.Generated.AddMinutes(1) }));

        var entries = (await service.SearchAsync("?sort=amount:1")).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal([402, 401], entries.Select(e => e.GetProperty("transactionType").GetInt32()));
        Assert.Equal([-200m, 500m], entries.Select(e => e.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Open_and_close_are_journalled_as_301_and_302()
    {
        await using var service = await JournalTestService.StartAsync();

        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.OpenCloseLogRoute, Support.Logs.OpenClose(TerminalOperations.Open)));
        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.OpenCloseLogRoute, Support.Logs.OpenClose(TerminalOperations.Close)));

        var types = (await service.SearchAsync("?sort=transaction_type:1")).GetProperty("data").EnumerateArray().Select(e => e.GetProperty("transactionType").GetInt32());
        Assert.Equal([301, 302], types);
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_at_once_is_journalled_once()
    {
        await using var service = await JournalTestService.StartAsync();
        var sale = Support.Logs.Sale(3);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.DeliverAsync(EventChannels.TranlogRoute, sale)));

        Assert.All(answers, answer => Assert.Equal("SUCCESS", answer));
        var body = await service.SearchAsync();
        Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal(1, body.GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_event_delivered_again_later_is_acknowledged_and_changes_nothing()
    {
        await using var service = await JournalTestService.StartAsync();
        var sale = Support.Logs.Sale(4);
        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.TranlogRoute, sale));
        var before = (await service.SearchAsync()).GetProperty("data").GetRawText();

        Assert.Equal("SUCCESS", await service.DeliverAsync(EventChannels.TranlogRoute, sale));

        Assert.Equal(before, (await service.SearchAsync()).GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_log_of_a_tenant_never_prepared_is_dropped_and_stored_nowhere()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);

        Assert.Equal("DROP", await service.DeliverAsync(EventChannels.TranlogRoute, Support.Logs.Sale(1)));
        Assert.Equal("DROP", await service.DeliverAsync(EventChannels.CashlogRoute, Support.Logs.Cash(100m)));
        Assert.Equal("DROP", await service.DeliverAsync(EventChannels.OpenCloseLogRoute, Support.Logs.OpenClose(TerminalOperations.Open)));

        var (status, _) = await service.CallAsync(HttpMethod.Post, "/api/v1/tenants", new { tenantId = JournalTestService.Tenant });
        Assert.Equal(System.Net.HttpStatusCode.Created, status);
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_log_without_an_event_id_or_not_json_is_dropped()
    {
        await using var service = await JournalTestService.StartAsync();
        var withoutId = JsonSerializer.Serialize(new { tenant_id = JournalTestService.Tenant, store_code = "S001", terminal_no = 1 });

        Assert.Equal("DROP", await service.DeliverRawAsync(EventChannels.TranlogRoute, withoutId));
        Assert.Equal("DROP", await service.DeliverRawAsync(EventChannels.CashlogRoute, "{not json"));
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_log_arriving_while_the_document_store_is_down_is_to_be_delivered_again()
    {
        await using var service = await JournalTestService.StartAsync(prepare: false);
        service.Host.BreakDataPath();

        Assert.Equal("RETRY", await service.DeliverAsync(EventChannels.TranlogRoute, Support.Logs.Sale(1)));
    }

    [Fact]
    public async Task A_delivery_without_the_sidecars_app_token_is_refused()
    {
        await using var service = await JournalTestService.StartAsync();

        using var response = await service.Host.SendAsync(HttpMethod.Post, EventChannels.TranlogRoute, Contracts.Serialization.EventJson.Serialize(Support.Logs.Sale(1)));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await service.SearchAsync()).GetProperty("metadata").GetProperty("total").GetInt32());
    }
}
