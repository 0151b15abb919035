using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Terminals;

public sealed class TerminalSlipTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private ServiceTestHost Terminal => system.Service;

    [Fact]
    public async Task The_slips_of_open_and_close_name_the_store_as_it_is_named_now()
    {
        await Terminal.CreatedTenantAsync("T3001");
        await Terminal.AddedStoreAsync("T3001", "S1", "Main Street");
        var user = Terminal.UserToken("T3001");
        using var created = await Terminal.SendAsync(HttpMethod.Post, "/api/v1/terminals", new { storeCode = "S1", terminalNo = 1, description = "Front till" }, user);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var opened = await OperateAsync("T3001-S1-1", "open", new { initialAmount = 1000 }, user);
        using var renamed = await Terminal.SendAsync(HttpMethod.Put, "/api/v1/tenants/T3001/stores/S1", new { storeName = "High Street" }, user);
        var closed = await OperateAsync("T3001-S1-1", "close", new { physicalAmount = 1050 }, user);

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.StartsWith("店舗名 Main Street ", opened.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("店舗名 High Street ", closed.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.Contains("\t\t\t店舗名 High Street\n", closed.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_cash_in_and_close_answer_the_originals_slips_as_printer_xml_and_journal_text()
    {
        var tenant = system.NewTenant();
        var (terminalId, _) = await system.CreateTerminalAsync(tenant);
        var user = system.UserToken(tenant);
        await system.OperateAsync(terminalId, "sign-in", user, new { staffId = "S001" });

        var opened = (await system.OperateAsync(terminalId, "open", user, new { initialAmount = 30000 })).GetProperty("data");
        var cashIn = (await system.OperateAsync(terminalId, "cash-in", user, new { amount = 1000, description = "Change" })).GetProperty("data");
        var closed = (await system.OperateAsync(terminalId, "close", user, new { physicalAmount = 31000 })).GetProperty("data");

        var slips = new[] { opened, cashIn, closed };
        Assert.All(slips, s => Assert.StartsWith("<?xml version=\"1.0\" ?>\n<PrintData>\n\t<Page>\n", s.GetProperty("receiptText").GetString(), StringComparison.Ordinal));
        Assert.All(slips, s => Assert.StartsWith("店舗名 Store S01 ", s.GetProperty("journalText").GetString(), StringComparison.Ordinal));
        Assert.All(slips, s => Assert.Contains("レジNo. 1             責# 00S001\n", s.GetProperty("journalText").GetString(), StringComparison.Ordinal));
        Assert.Contains("釣銭準備金              30,000円\n", opened.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.Contains("Change" + new string(' ', 19) + "1,000円\n", cashIn.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.Contains("<Item2>1,000円</Item2>", cashIn.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
        Assert.Contains("ドロア内現金            31,000円\n", closed.GetProperty("journalText").GetString(), StringComparison.Ordinal);
        Assert.Contains("精算通番 1回", closed.GetProperty("journalText").GetString(), StringComparison.Ordinal);
    }

    private async Task<System.Text.Json.JsonElement> OperateAsync(string terminalId, string operation, object? body, string bearer)
    {
        using var response = await Terminal.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", body, bearer);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation}: {(int)response.StatusCode} {envelope}");
        return envelope.GetProperty("data");
    }
}
