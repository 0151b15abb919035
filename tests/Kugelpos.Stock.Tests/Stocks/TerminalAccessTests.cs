using System.Net;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Stock.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Stock.Tests.Stocks;

/// <summary>A POS device calls the stock service with its API key and <c>terminal_id</c>, as in the original.</summary>
public sealed class TerminalAccessTests
{
    private static readonly Dictionary<string, string> Key = new() { ["X-API-KEY"] = OneTerminalKey.ApiKey };

    [Fact]
    public async Task A_terminal_with_its_api_key_updates_and_reads_stock_and_is_named_as_the_operator()
    {
        await using var stock = await StockTestService.StartAsync(configure: b => b.Services.AddSingleton<ITerminalKeyVerifier, OneTerminalKey>());
        var query = "?terminal_id=" + OneTerminalKey.TerminalId;

        using var updated = await stock.Host.SendAsync(
            HttpMethod.Put, StockTestService.StockPath("A") + "/update" + query, new { quantityChange = 2, updateType = "purchase" }, headers: Key);
        using var read = await stock.Host.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history" + query, headers: Key);
        using var wrongKey = await stock.Host.SendAsync(
            HttpMethod.Get, StockTestService.StockPath() + query, headers: new Dictionary<string, string> { ["X-API-KEY"] = "wrong" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var history = await Json.ReadAsync(read);
        Assert.Equal(OneTerminalKey.TerminalId, history.GetProperty("data").GetProperty("data")[0].GetProperty("operatorId").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
    }
}
