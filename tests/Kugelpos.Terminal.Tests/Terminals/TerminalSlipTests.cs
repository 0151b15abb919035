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
        Assert.StartsWith("Store: Main Street", opened.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Store: High Street", closed.GetProperty("receiptText").GetString(), StringComparison.Ordinal);
        Assert.Equal(closed.GetProperty("receiptText").GetString(), closed.GetProperty("journalText").GetString());
    }

    private async Task<System.Text.Json.JsonElement> OperateAsync(string terminalId, string operation, object? body, string bearer)
    {
        using var response = await Terminal.SendAsync(HttpMethod.Post, $"/api/v1/terminals/{terminalId}/{operation}", body, bearer);
        var envelope = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation}: {(int)response.StatusCode} {envelope}");
        return envelope.GetProperty("data");
    }
}
