using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Alerts;

/// <summary>The stock alerts pushed over <c>/api/v1/ws/{tenant_id}/{store_code}?token=JWT</c>.</summary>
public sealed class AlertSocketTests
{
    private static string Socket(string token, string tenant = StockTestService.Tenant, string store = StockTestService.Store) =>
        $"/api/v1/ws/{tenant}/{store}?token={token}";

    private static async Task PrepareAsync(StockTestService stock, string item, decimal quantity, decimal reorderPoint, decimal minimum = 0)
    {
        Assert.Equal(HttpStatusCode.OK, (await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath(item) + "/update", new { quantityChange = quantity, updateType = "initial" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath(item) + "/reorder", new { reorderPoint, reorderQuantity = 20 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath(item) + "/minimum", new { minimumQuantity = minimum })).Status);
    }

    private static async Task<JsonElement> ConnectedAsync(AlertClient client)
    {
        var hello = await client.ReceiveAsync();
        Assert.NotNull(hello);
        Assert.Equal(("connection", "connected", "T1", "S1"), (hello.Value.GetProperty("type").GetString(), hello.Value.GetProperty("status").GetString(),
            hello.Value.GetProperty("tenant_id").GetString(), hello.Value.GetProperty("store_code").GetString()));
        return hello.Value;
    }

    [Fact]
    public async Task A_client_receives_a_reorder_alert_once_a_sale_crosses_the_reorder_point()
    {
        await using var stock = await StockTestService.StartAsync();
        await PrepareAsync(stock, "A", 10, reorderPoint: 5);
        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Token));
        await ConnectedAsync(client);

        Assert.Equal((HttpStatusCode.OK, "SUCCESS"), await stock.DeliverAsync(SampleLogs.Sale(("A", 6))));

        var alert = await client.ReceiveAsync();
        Assert.NotNull(alert);
        Assert.Equal(
            ("stock_alert", "reorder_point", "T1", "S1", "A", 4m, 5m, 20m, ServiceTestHost.Start),
            (alert.Value.GetProperty("type").GetString(), alert.Value.GetProperty("alert_type").GetString(),
             alert.Value.GetProperty("tenant_id").GetString(), alert.Value.GetProperty("store_code").GetString(),
             alert.Value.GetProperty("item_code").GetString(), alert.Value.GetProperty("current_quantity").GetDecimal(),
             alert.Value.GetProperty("reorder_point").GetDecimal(), alert.Value.GetProperty("reorder_quantity").GetDecimal(),
             alert.Value.GetProperty("timestamp").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A_client_is_sent_the_alerts_the_store_stands_in_when_it_connects()
    {
        await using var stock = await StockTestService.StartAsync();
        await PrepareAsync(stock, "A", 3, reorderPoint: 5, minimum: 4);
        await PrepareAsync(stock, "B", 9, reorderPoint: 5);

        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Token));
        await ConnectedAsync(client);
        var first = (await client.ReceiveAsync())!.Value;
        var second = (await client.ReceiveAsync())!.Value;

        Assert.Equal(("reorder_point", "A"), (first.GetProperty("alert_type").GetString(), first.GetProperty("item_code").GetString()));
        Assert.Equal(("minimum_stock", "A", 4m), (second.GetProperty("alert_type").GetString(), second.GetProperty("item_code").GetString(), second.GetProperty("minimum_quantity").GetDecimal()));
        Assert.False(second.TryGetProperty("reorder_point", out _));

        await client.SendTextAsync("ping");
        Assert.Equal("pong", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task An_alert_is_repeated_no_sooner_than_its_cooldown()
    {
        await using var stock = await StockTestService.StartAsync();
        await PrepareAsync(stock, "A", 10, reorderPoint: 5);
        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Token));
        await ConnectedAsync(client);

        await stock.DeliverAsync(SampleLogs.Sale(("A", 6)));
        await stock.DeliverAsync(SampleLogs.Sale(("A", 1)));
        stock.Host.Time.Advance(TimeSpan.FromSeconds(60));
        await stock.DeliverAsync(SampleLogs.Sale(("A", 1)));

        // Messages arrive in order: the second sale's alert, in the cooldown, was never sent.
        Assert.Equal(4m, (await client.ReceiveAsync())!.Value.GetProperty("current_quantity").GetDecimal());
        Assert.Equal(2m, (await client.ReceiveAsync())!.Value.GetProperty("current_quantity").GetDecimal());
    }

    [Fact]
    public async Task A_cooldown_of_zero_sends_every_alert()
    {
        await using var stock = await StockTestService.StartAsync(new Dictionary<string, string?> { ["Kugelpos:Stock:AlertCooldownSeconds"] = "0" });
        await PrepareAsync(stock, "A", 10, reorderPoint: 5);
        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Token));
        await ConnectedAsync(client);

        await stock.DeliverAsync(SampleLogs.Sale(("A", 6)));
        await stock.DeliverAsync(SampleLogs.Sale(("A", 1)));

        Assert.Equal(4m, (await client.ReceiveAsync())!.Value.GetProperty("current_quantity").GetDecimal());
        Assert.Equal(3m, (await client.ReceiveAsync())!.Value.GetProperty("current_quantity").GetDecimal());
    }

    [Fact]
    public async Task Alerts_of_another_store_are_not_sent()
    {
        await using var stock = await StockTestService.StartAsync();
        await PrepareAsync(stock, "A", 10, reorderPoint: 5);
        await using var other = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Token, store: "S2"));
        await other.ReceiveAsync();

        await stock.DeliverAsync(SampleLogs.Sale(("A", 6)));
        await other.SendTextAsync("ping");

        Assert.Equal("pong", await other.ReceiveTextAsync());
    }

    [Fact]
    public async Task Another_tenants_token_is_closed_with_1008()
    {
        await using var stock = await StockTestService.StartAsync();
        await PrepareAsync(stock, "A", 1, reorderPoint: 5);

        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(stock.Host.UserToken("T2")));

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "Tenant ID mismatch"), (client.CloseStatus, client.CloseReason));
    }

    [Theory]
    [InlineData("", "No token provided")]
    [InlineData("not-a-jwt", "Authentication failed")]
    public async Task A_missing_or_invalid_token_is_closed_with_1008(string token, string reason)
    {
        await using var stock = await StockTestService.StartAsync();

        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(token));

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus.PolicyViolation, reason), (client.CloseStatus, client.CloseReason));
    }

    [Fact]
    public async Task An_expired_token_is_closed_with_1008()
    {
        await using var stock = await StockTestService.StartAsync();
        var token = stock.Token;
        stock.Host.Time.Advance(TimeSpan.FromDays(30));

        await using var client = await AlertClient.ConnectAsync(stock.Host, Socket(token));

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.CloseStatus);
    }
}
