using System.Net;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Stocks;

/// <summary>The stock endpoints over real HTTP, as the original's tests pin them.</summary>
public sealed class StockApiTests
{
    private static string Path(string item = "") => StockTestService.StockPath(item);

    private static async Task<Reply> PutQuantityAsync(StockTestService stock, string item, decimal change, string type = "purchase") =>
        await stock.SendAsync(HttpMethod.Put, Path(item) + "/update", new { quantityChange = change, updateType = type });

    [Fact]
    public async Task A_manual_update_answers_its_record_and_moves_the_quantity()
    {
        await using var stock = await StockTestService.StartAsync();

        var added = await stock.SendAsync(
            HttpMethod.Put, Path("A") + "/update?terminal_id=T1-S1-1", new { quantity_change = 10.5m, update_type = "purchase", reference_id = "PO-1", note = "delivery" });
        var taken = await PutQuantityAsync(stock, "A", -3m, "damage");

        Assert.Equal((HttpStatusCode.OK, "Stock updated successfully", "update_stock"), (added.Status, added.Message, added.Operation));
        Assert.Equal(
            ("T1", "S1", "A", "purchase", 10.5m, 0m, 10.5m, "PO-1", "T1-S1-1", "delivery"),
            (added.Data.GetProperty("tenantId").GetString(), added.Data.GetProperty("storeCode").GetString(),
             added.Data.GetProperty("itemCode").GetString(), added.Data.GetProperty("updateType").GetString(),
             added.Data.GetProperty("quantityChange").GetDecimal(), added.Data.GetProperty("beforeQuantity").GetDecimal(),
             added.Data.GetProperty("afterQuantity").GetDecimal(), added.Data.GetProperty("referenceId").GetString(),
             added.Data.GetProperty("operatorId").GetString(), added.Data.GetProperty("note").GetString()));
        Assert.Equal((10.5m, 7.5m), (taken.Data.GetProperty("beforeQuantity").GetDecimal(), taken.Data.GetProperty("afterQuantity").GetDecimal()));
        Assert.Equal(7.5m, await stock.QuantityAsync("A"));
    }

    [Fact]
    public async Task An_item_reads_with_its_settings_and_last_reference()
    {
        await using var stock = await StockTestService.StartAsync();
        await stock.SendAsync(HttpMethod.Put, Path("A") + "/update", new { quantityChange = 4, updateType = "initial", referenceId = "R9" });
        await stock.SendAsync(HttpMethod.Put, Path("A") + "/minimum", new { minimumQuantity = 2 });
        await stock.SendAsync(HttpMethod.Put, Path("A") + "/reorder", new { reorderPoint = 3, reorderQuantity = 12 });

        var item = await stock.SendAsync(HttpMethod.Get, Path("A"));

        Assert.Equal((HttpStatusCode.OK, "Stock retrieved successfully", "get_stock"), (item.Status, item.Message, item.Operation));
        Assert.Equal(
            (4m, 2m, 3m, 12m, "R9", ServiceTestHost.Start),
            (item.Data.GetProperty("currentQuantity").GetDecimal(), item.Data.GetProperty("minimumQuantity").GetDecimal(),
             item.Data.GetProperty("reorderPoint").GetDecimal(), item.Data.GetProperty("reorderQuantity").GetDecimal(),
             item.Data.GetProperty("lastTransactionId").GetString(), item.Data.GetProperty("lastUpdated").GetDateTimeOffset()));
    }

    [Fact]
    public async Task An_item_without_stock_is_a_404_with_the_originals_code_and_message()
    {
        await using var stock = await StockTestService.StartAsync();

        var missing = await stock.SendAsync(HttpMethod.Get, Path("NOPE"));

        Assert.Equal((HttpStatusCode.NotFound, StockErrorCodes.StockNotFound), (missing.Status, missing.ErrorCode));
        Assert.Equal("Stock not found for item NOPE in store S1", missing.Message);
    }

    [Fact]
    public async Task The_store_list_pages_by_item_code_inside_data()
    {
        await using var stock = await StockTestService.StartAsync();
        foreach (var item in new[] { "C", "A", "B" })
        {
            await PutQuantityAsync(stock, item, 1);
        }

        await PutQuantityAsync(stock, "A", 1, "purchase");
        var other = await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath("Z", store: "S2") + "/update", new { quantityChange = 1, updateType = "purchase" });
        Assert.Equal(HttpStatusCode.OK, other.Status);

        var first = await stock.SendAsync(HttpMethod.Get, Path() + "?limit=2");
        var second = await stock.SendAsync(HttpMethod.Get, Path() + "?limit=2&page=2");

        Assert.Equal((HttpStatusCode.OK, "Stock list retrieved successfully", "get_store_stocks"), (first.Status, first.Message, first.Operation));
        Assert.Equal(["A", "B"], first.Items.Select(item => item.GetProperty("itemCode").GetString()));
        Assert.Equal(["C"], second.Items.Select(item => item.GetProperty("itemCode").GetString()));
        Assert.Equal((3, 2, 2), (second.Paging.GetProperty("total").GetInt32(), second.Paging.GetProperty("page").GetInt32(), second.Paging.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task A_store_without_stock_lists_nothing()
    {
        await using var stock = await StockTestService.StartAsync();

        var empty = await stock.SendAsync(HttpMethod.Get, Path());

        Assert.Equal((HttpStatusCode.OK, 0, 0), (empty.Status, empty.Items.Length, empty.Paging.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task Low_stock_lists_items_below_their_minimum_and_reorder_alerts_those_at_or_below_a_set_reorder_point()
    {
        await using var stock = await StockTestService.StartAsync();
        await PutQuantityAsync(stock, "LOW", 1);
        await stock.SendAsync(HttpMethod.Put, Path("LOW") + "/minimum", new { minimumQuantity = 2 });
        await PutQuantityAsync(stock, "EDGE", 5);
        await stock.SendAsync(HttpMethod.Put, Path("EDGE") + "/minimum", new { minimumQuantity = 5 });
        await stock.SendAsync(HttpMethod.Put, Path("EDGE") + "/reorder", new { reorderPoint = 5, reorderQuantity = 10 });
        await PutQuantityAsync(stock, "FINE", 9);
        await stock.SendAsync(HttpMethod.Put, Path("FINE") + "/reorder", new { reorderPoint = 5, reorderQuantity = 10 });
        await PutQuantityAsync(stock, "UNSET", 0);

        var low = await stock.SendAsync(HttpMethod.Get, Path("low"));
        var reorder = await stock.SendAsync(HttpMethod.Get, Path("reorder-alerts"));

        Assert.Equal(("Low stock items retrieved successfully", "get_low_stocks"), (low.Message, low.Operation));
        Assert.Equal(["LOW"], low.Items.Select(item => item.GetProperty("itemCode").GetString()));
        Assert.Equal((1, 1, 1), (low.Paging.GetProperty("total").GetInt32(), low.Paging.GetProperty("page").GetInt32(), low.Paging.GetProperty("limit").GetInt32()));
        Assert.Equal(("Reorder alert items retrieved successfully", "get_reorder_alerts"), (reorder.Message, reorder.Operation));
        Assert.Equal(["EDGE"], reorder.Items.Select(item => item.GetProperty("itemCode").GetString()));
    }

    [Fact]
    public async Task Setting_a_minimum_or_reorder_point_of_an_item_without_stock_creates_its_record_at_zero()
    {
        await using var stock = await StockTestService.StartAsync();

        var minimum = await stock.SendAsync(HttpMethod.Put, Path("NEW") + "/minimum", new { minimum_quantity = 3 });
        var reorder = await stock.SendAsync(HttpMethod.Put, Path("NEW2") + "/reorder", new { reorder_point = 1, reorder_quantity = 6 });

        Assert.Equal((HttpStatusCode.OK, "Minimum quantity set successfully", "set_minimum_quantity"), (minimum.Status, minimum.Message, minimum.Operation));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, minimum.Data.ValueKind);
        Assert.Equal((HttpStatusCode.OK, "Reorder parameters set successfully", "set_reorder_parameters"), (reorder.Status, reorder.Message, reorder.Operation));
        Assert.Equal(0m, await stock.QuantityAsync("NEW"));
        var created = await stock.SendAsync(HttpMethod.Get, Path("NEW2"));
        Assert.Equal((0m, 1m, 6m), (created.Data.GetProperty("currentQuantity").GetDecimal(), created.Data.GetProperty("reorderPoint").GetDecimal(), created.Data.GetProperty("reorderQuantity").GetDecimal()));
    }

    [Fact]
    public async Task The_history_pages_newest_first_inside_data()
    {
        await using var stock = await StockTestService.StartAsync();
        foreach (var change in new[] { 5m, -1m, -2m })
        {
            await PutQuantityAsync(stock, "A", change, "adjustment");
        }

        var page = await stock.SendAsync(HttpMethod.Get, Path("A") + "/history?limit=2");
        var empty = await stock.SendAsync(HttpMethod.Get, Path("NONE") + "/history");

        Assert.Equal(("Stock history retrieved successfully", "get_stock_history"), (page.Message, page.Operation));
        Assert.Equal([-2m, -1m], page.Items.Select(item => item.GetProperty("quantityChange").GetDecimal()));
        Assert.Equal(3, page.Paging.GetProperty("total").GetInt32());
        Assert.Equal((HttpStatusCode.OK, 0), (empty.Status, empty.Items.Length));
    }

    [Fact]
    public async Task Another_tenants_token_or_none_is_refused_everywhere()
    {
        await using var stock = await StockTestService.StartAsync();
        var other = stock.Host.UserToken("T2");

        var foreign = await stock.SendAsync(HttpMethod.Get, Path(), bearer: other);
        using var anonymous = await stock.Host.SendAsync(HttpMethod.Get, Path());
        var write = await stock.SendAsync(HttpMethod.Put, Path("A") + "/update", new { quantityChange = 1, updateType = "purchase" }, bearer: other);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stock.SendAsync(HttpMethod.Get, Path("A"))).Status);
    }
}
