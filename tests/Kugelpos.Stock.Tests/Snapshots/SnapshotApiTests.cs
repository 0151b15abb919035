using System.Net;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Snapshots;

public sealed class SnapshotApiTests
{
    private static string Path(string rest) => StockTestService.StockPath() + rest;

    private static async Task StockUpAsync(StockTestService stock, string item, decimal quantity, string store = StockTestService.Store) =>
        Assert.Equal(
            HttpStatusCode.OK,
            (await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath(item, store) + "/update", new { quantityChange = quantity, updateType = "initial" })).Status);

    [Fact]
    public async Task A_snapshot_holds_every_item_of_the_store_with_totals_and_reads_back_by_its_id()
    {
        await using var stock = await StockTestService.StartAsync();
        await StockUpAsync(stock, "B", 2.5m);
        await StockUpAsync(stock, "A", 4m);
        await StockUpAsync(stock, "X", 9m, store: "S2");
        await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath("A") + "/reorder", new { reorderPoint = 1, reorderQuantity = 5 });

        var taken = await stock.SendAsync(HttpMethod.Post, Path("/snapshot"));
        var read = await stock.SendAsync(HttpMethod.Get, Path("/snapshot/" + taken.Data.GetProperty("snapshotId").GetString()));

        Assert.Equal((HttpStatusCode.Created, "Snapshot created successfully", "create_snapshot"), (taken.Status, taken.Message, taken.Operation));
        Assert.Equal(
            ("T1", "S1", 2, 6.5m, "system", "2030-01-15T09:00:00.000000+00:00"),
            (taken.Data.GetProperty("tenantId").GetString(), taken.Data.GetProperty("storeCode").GetString(),
             taken.Data.GetProperty("totalItems").GetInt32(), taken.Data.GetProperty("totalQuantity").GetDecimal(),
             taken.Data.GetProperty("createdBy").GetString(), taken.Data.GetProperty("generateDateTime").GetString()));
        var first = taken.Data.GetProperty("stocks")[0];
        Assert.Equal(("A", 4m, 1m, 5m), (first.GetProperty("itemCode").GetString(), first.GetProperty("quantity").GetDecimal(),
            first.GetProperty("reorderPoint").GetDecimal(), first.GetProperty("reorderQuantity").GetDecimal()));
        Assert.Equal((HttpStatusCode.OK, "Snapshot retrieved successfully", "get_snapshot_by_id"), (read.Status, read.Message, read.Operation));
        Assert.Equal(taken.Data.GetRawText(), read.Data.GetRawText());
    }

    [Fact]
    public async Task A_snapshot_is_created_by_the_calling_terminal_unless_a_creator_is_given()
    {
        await using var stock = await StockTestService.StartAsync();

        var byTerminal = await stock.SendAsync(HttpMethod.Post, Path("/snapshot?terminal_id=T1-S1-1"), new { });
        var named = await stock.SendAsync(HttpMethod.Post, Path("/snapshot?terminal_id=T1-S1-1"), new { createdBy = "auditor" });

        Assert.Equal("T1-S1-1", byTerminal.Data.GetProperty("createdBy").GetString());
        Assert.Equal("auditor", named.Data.GetProperty("createdBy").GetString());
        Assert.Equal(0, named.Data.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task The_list_filters_by_generation_time_newest_first_and_names_its_filter()
    {
        await using var stock = await StockTestService.StartAsync();
        await stock.SendAsync(HttpMethod.Post, Path("/snapshot"));
        stock.Host.Time.Advance(TimeSpan.FromDays(2));
        await stock.SendAsync(HttpMethod.Post, Path("/snapshot"));
        stock.Host.Time.Advance(TimeSpan.FromDays(2));
        await stock.SendAsync(HttpMethod.Post, Path("/snapshot"));

        var all = await stock.SendAsync(HttpMethod.Get, Path("/snapshots"));
        var ranged = await stock.SendAsync(HttpMethod.Get, Path("/snapshots?start_date=2030-01-16&end_date=2030-01-18"));

        Assert.Equal(("Snapshots retrieved successfully", "get_snapshots_by_date_range"), (all.Message, all.Operation));
        Assert.Equal(
            ["2030-01-19T09:00:00.000000+00:00", "2030-01-17T09:00:00.000000+00:00", "2030-01-15T09:00:00.000000+00:00"],
            all.Items.Select(item => item.GetProperty("generateDateTime").GetString()));
        Assert.Equal("generate_date_time:-1", all.Paging.GetProperty("sort").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, all.Paging.GetProperty("filter").ValueKind);
        Assert.Equal(["2030-01-17T09:00:00.000000+00:00"], ranged.Items.Select(item => item.GetProperty("generateDateTime").GetString()));
        Assert.Equal(("2030-01-16", "2030-01-18"), (ranged.Paging.GetProperty("filter").GetProperty("start_date").GetString(), ranged.Paging.GetProperty("filter").GetProperty("end_date").GetString()));
        Assert.Equal(1, ranged.Paging.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_snapshot_or_one_of_another_store_is_a_404_with_the_originals_code()
    {
        await using var stock = await StockTestService.StartAsync();
        var taken = await stock.SendAsync(HttpMethod.Post, StockTestService.StockPath(store: "S2") + "/snapshot");

        var unknown = await stock.SendAsync(HttpMethod.Get, Path("/snapshot/nope"));
        var otherStore = await stock.SendAsync(HttpMethod.Get, Path("/snapshot/" + taken.Data.GetProperty("snapshotId").GetString()));
        var overlong = await stock.SendAsync(HttpMethod.Get, Path("/snapshot/" + new string('f', 300)));

        Assert.Equal((HttpStatusCode.NotFound, StockErrorCodes.SnapshotNotFound, "Snapshot nope not found"), (unknown.Status, unknown.ErrorCode, unknown.Message));
        Assert.Equal(HttpStatusCode.NotFound, otherStore.Status);
        Assert.Equal(HttpStatusCode.NotFound, overlong.Status);
    }

    [Theory]
    [InlineData("/snapshots?start_date=yesterday", "start_date")]
    [InlineData("/snapshots?end_date=2030-13-01", "end_date")]
    [InlineData("/snapshots?limit=-1", "limit")]
    public async Task A_bad_list_query_is_a_422_naming_the_parameter(string query, string field)
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Get, Path(query));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, field), (refused.Status, Assert.Single(refused.ErrorFields)));
    }

    [Theory]
    [InlineData("""{"createdBy":null}""")]
    [InlineData("""{"createdBy":""}""")]
    [InlineData("""{"createdBy":"a\u0007b"}""")]
    public async Task A_bad_creator_is_a_422_naming_createdBy_and_takes_no_snapshot(string body)
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Post, Path("/snapshot"), body);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "createdBy"), (refused.Status, Assert.Single(refused.ErrorFields)));
        Assert.Empty((await stock.SendAsync(HttpMethod.Get, Path("/snapshots"))).Items);
    }
}
