using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.Benchmarks.Sale;
using Kugelpos.Contracts.PubSub;
using StackExchange.Redis;

namespace Kugelpos.Host.Tests.Subscribers;

/// <summary>
/// A store day through the host on a real Redis, seen from the subscribers: the open, a cash-in and
/// a sale reach report, journal and stock, each through a consumer group of its own, and show up in
/// a journal search, a stock level and a flash report.
/// </summary>
public sealed class StoreDayReachesSubscribersTests(SubscribersFixture fixture) : IClassFixture<SubscribersFixture>
{
    private static string Store => $"api/v1/tenants/{StoreSetup.TenantId}/stores/{StoreSetup.StoreCode}";

    private string TerminalQuery => "terminal_id=" + Uri.EscapeDataString(fixture.Till.TerminalId);

    [Fact]
    public async Task An_open_a_cash_in_and_a_sale_reach_report_journal_and_stock()
    {
        using (var cashIn = await SendAsync(HttpMethod.Post, fixture.System.Service("terminal"), $"api/v1/terminals/{fixture.Till.TerminalId}/cash-in", new { amount = 500m, description = "change" }))
        {
            Assert.Equal(HttpStatusCode.OK, cashIn.StatusCode);
        }

        var items = StoreSetup.ItemCodes.Select(CartApi.OneItem).ToList();
        await new PosDevice(new CartApi(fixture.Http, fixture.System.Service("cart"), fixture.Till), items).SellAsync();

        // Journal: the open (301), the cash-in (401) and the sale (101) of the terminal.
        var journal = await EventuallyAsync("journal", $"{Store}/journals?terminals=1&{TerminalQuery}", data =>
            data.EnumerateArray().Select(e => e.GetProperty("transactionType").GetInt32()).ToHashSet() is var types && types.IsSupersetOf([301, 401, 101]));
        var sale = journal.EnumerateArray().Single(e => e.GetProperty("transactionType").GetInt32() == 101);
        var businessDate = sale.GetProperty("businessDate").GetString();

        // Stock: each item of the sale went down by one (no stock was entered, so it is at -1).
        await EventuallyAsync("stock", $"{Store}/stock/{StoreSetup.ItemCodes[0]}?{TerminalQuery}", data => data.GetProperty("currentQuantity").GetDecimal() == -1m);

        // Report: the sale and the cash-in in the store's flash report of the day (items cost 100..1000 and tax is added).
        var report = await EventuallyAsync("report", $"{Store}/reports?report_scope=flash&report_type=sales&business_date={businessDate}&{TerminalQuery}", data =>
            data.GetProperty("salesGross").GetProperty("count").GetInt32() == 1 && data.GetProperty("cash").GetProperty("cashIn").GetProperty("amount").GetDecimal() == 500m);
        Assert.True(report.GetProperty("salesGross").GetProperty("amount").GetDecimal() >= 5500m);
    }

    [Fact]
    public async Task Each_subscriber_reads_each_of_its_topics_in_a_consumer_group_of_its_own()
    {
        var redis = fixture.Redis.Connection.GetDatabase();

        // The store's set-up opened the terminal, so every topic has its stream by now or soon.
        async Task<string[]> GroupsAsync(string topic)
        {
            for (var i = 0; i < 500 && !await redis.KeyExistsAsync(topic); i++)
            {
                await Task.Delay(20);
            }

            return [.. (await redis.StreamGroupInfoAsync(topic)).Select(g => g.Name).Order(StringComparer.Ordinal)];
        }

        using (var cashIn = await SendAsync(HttpMethod.Post, fixture.System.Service("terminal"), $"api/v1/terminals/{fixture.Till.TerminalId}/cash-in", new { amount = 1m }))
        {
            Assert.Equal(HttpStatusCode.OK, cashIn.StatusCode);
        }

        Assert.Equal(["journal", "report", "stock"], await GroupsAsync(EventChannels.Tranlog.Topic));
        Assert.Equal(["journal", "report"], await GroupsAsync(EventChannels.Cashlog.Topic));
        Assert.Equal(["journal", "report"], await GroupsAsync(EventChannels.OpenCloseLog.Topic));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri service, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(service, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-API-KEY", fixture.Till.ApiKey);
        return await fixture.Http.SendAsync(request);
    }

    // The events travel through Redis streams; the answer is asked for again until it shows them (a bound, not a timing assertion).
    private async Task<JsonElement> EventuallyAsync(string appId, string path, Func<JsonElement, bool> shows)
    {
        var last = string.Empty;
        for (var i = 0; i < 600; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, fixture.System.Service(appId), path);
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var body = JsonDocument.Parse(last);
                var data = body.RootElement.GetProperty("data").Clone();
                if (shows(data))
                {
                    return data;
                }
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{appId} never showed it at {path}; last answer: {last}");
    }
}
