using System.Net;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Serialization;
using Kugelpos.Dapr.Subscriptions;
using Kugelpos.Stock.Stocks;
using Kugelpos.Stock.Tests.Support;
using Kugelpos.Stock.Tranlogs;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Kugelpos.Stock.Tests.Tranlogs;

/// <summary>Transaction logs delivered to <c>POST /api/v1/tranlog</c> as daprd delivers them.</summary>
public sealed class TranlogSubscriptionTests
{
    private static readonly (HttpStatusCode, string?) Success = (HttpStatusCode.OK, "SUCCESS");
    private static readonly (HttpStatusCode, string?) Drop = (HttpStatusCode.OK, "DROP");

    [Fact]
    public async Task A_sale_takes_its_quantities_from_stock_which_may_go_negative_and_records_each_change()
    {
        await using var stock = await StockTestService.StartAsync();

        Assert.Equal(Success, await stock.DeliverAsync(SampleLogs.Sale(("A", 2), ("B", 1))));

        Assert.Equal(-2m, await stock.QuantityAsync("A"));
        Assert.Equal(-1m, await stock.QuantityAsync("B"));
        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history");
        var change = Assert.Single(history.Items);
        Assert.Equal(
            ("sale", -2m, 0m, -2m, "17"),
            (change.GetProperty("updateType").GetString(), change.GetProperty("quantityChange").GetDecimal(),
             change.GetProperty("beforeQuantity").GetDecimal(), change.GetProperty("afterQuantity").GetDecimal(),
             change.GetProperty("referenceId").GetString()));
        Assert.Contains(stock.Host.Logs.Events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("goes negative", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_void_a_return_and_a_void_of_the_return_move_stock_back_and_forth()
    {
        await using var stock = await StockTestService.StartAsync();
        await stock.DeliverAsync(SampleLogs.Sale(("A", 5)));

        await stock.DeliverAsync(SampleLogs.Of(TransactionType.VoidSales, ("A", 5)));
        Assert.Equal(0m, await stock.QuantityAsync("A"));
        await stock.DeliverAsync(SampleLogs.Of(TransactionType.ReturnSales, ("A", 2)));
        Assert.Equal(2m, await stock.QuantityAsync("A"));
        await stock.DeliverAsync(SampleLogs.Of(TransactionType.VoidReturn, ("A", 2)));
        Assert.Equal(0m, await stock.QuantityAsync("A"));

        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history");
        Assert.Equal(
            ["void_return", "return", "void", "sale"],
            history.Items.Select(item => item.GetProperty("updateType").GetString()));
        Assert.Equal(4, history.Paging.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_same_event_delivered_five_times_at_once_moves_stock_once()
    {
        await using var stock = await StockTestService.StartAsync();
        var sale = SampleLogs.Sale(("A", 2), ("B", 1));

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => stock.DeliverAsync(sale)));

        Assert.All(answers, answer => Assert.Equal(Success, answer));
        Assert.Equal(-2m, await stock.QuantityAsync("A"));
        Assert.Equal(-1m, await stock.QuantityAsync("B"));
        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history");
        Assert.Single(history.Items);
    }

    [Fact]
    public async Task Five_different_sales_of_one_item_at_once_all_land()
    {
        await using var stock = await StockTestService.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => stock.DeliverAsync(SampleLogs.Sale(("A", 1)))));

        Assert.All(answers, answer => Assert.Equal(Success, answer));
        Assert.Equal(-5m, await stock.QuantityAsync("A"));
        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history");
        Assert.Equal([-1m, -2m, -3m, -4m, -5m], history.Items.Select(item => item.GetProperty("afterQuantity").GetDecimal()).Order().Reverse());
    }

    [Fact]
    public async Task One_item_on_two_lines_of_sales_delivered_at_once_moves_by_every_line_each_its_own_step()
    {
        await using var stock = await StockTestService.StartAsync();

        // The lines of a delivery and of deliveries at once meet in one batch of the item's record.
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => stock.DeliverAsync(SampleLogs.Sale(("A", 1), ("A", 2)))));

        Assert.All(answers, answer => Assert.Equal(Success, answer));
        Assert.Equal(-30m, await stock.QuantityAsync("A"));
        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history?limit=100");
        Assert.Equal(20, history.Items.Length);
        var steps = history.Items
            .Select(item => (Before: item.GetProperty("beforeQuantity").GetDecimal(), After: item.GetProperty("afterQuantity").GetDecimal()))
            .OrderByDescending(step => step.Before)
            .ToList();
        Assert.Equal(0m, steps[0].Before);
        Assert.Equal(steps.Skip(1).Select(step => step.Before), steps.SkipLast(1).Select(step => step.After));
    }

    [Fact]
    public async Task A_redelivery_after_a_crash_between_the_quantity_and_its_history_writes_the_history_and_moves_nothing()
    {
        await using var stock = await StockTestService.StartAsync();
        var sale = SampleLogs.Sale(("A", 2));
        await stock.DeliverAsync(sale);

        // As if the process died after the quantity's write and before the history record's.
        var updates = stock.Host.Services.GetRequiredService<StockDatabase>().Updates(StockTestService.Tenant);
        Assert.True(await updates.DeleteAsync($"{sale.EventId:N}-1"));

        // Its dedup actor never marked it: the redelivery runs the handler again.
        var again = await stock.Host.Services.GetRequiredService<TranlogHandler>().HandleAsync(sale, CancellationToken.None);

        Assert.Equal(SubscriptionOutcome.Success, again);
        Assert.Equal(-2m, await stock.QuantityAsync("A"));
        var history = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A") + "/history");
        var change = Assert.Single(history.Items);
        Assert.Equal((0m, -2m), (change.GetProperty("beforeQuantity").GetDecimal(), change.GetProperty("afterQuantity").GetDecimal()));
    }

    [Fact]
    public async Task A_cancelled_sale_moves_nothing_and_is_acknowledged()
    {
        await using var stock = await StockTestService.StartAsync();

        var answer = await stock.DeliverAsync(SampleLogs.Sale(("A", 2)) with { Sales = new Contracts.Transactions.TransactionSales { IsCancelled = true } });

        Assert.Equal(Success, answer);
        var missing = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath("A"));
        Assert.Equal((HttpStatusCode.NotFound, StockErrorCodes.StockNotFound), (missing.Status, missing.ErrorCode));
    }

    [Fact]
    public async Task A_log_of_a_tenant_never_created_here_is_dropped_and_changes_nothing()
    {
        await using var stock = await StockTestService.StartAsync();

        var answer = await stock.DeliverAsync(SampleLogs.Sale(("A", 2)) with { TenantId = "T2" });

        Assert.Equal(Drop, answer);
        var other = await stock.SendAsync(HttpMethod.Get, $"/api/v1/tenants/T2/stores/S1/stock", bearer: stock.Host.UserToken("T2"));
        Assert.Empty(other.Items);
    }

    [Fact]
    public async Task A_log_before_its_tenant_is_created_is_dropped()
    {
        await using var stock = await StockTestService.StartAsync(prepareTenant: false);

        Assert.Equal(Drop, await stock.DeliverAsync(SampleLogs.Sale(("A", 2))));
    }

    [Fact]
    public async Task A_log_whose_line_names_no_item_is_dropped_and_changes_nothing()
    {
        await using var stock = await StockTestService.StartAsync();
        var log = SampleLogs.Sale(("A", 2), ("B", 1));
        log = log with { LineItems = [log.LineItems[0], log.LineItems[1] with { ItemCode = "" }] };

        Assert.Equal(Drop, await stock.DeliverAsync(log));

        Assert.Empty((await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath())).Items);
    }

    [Fact]
    public async Task A_log_without_an_event_id_is_dropped()
    {
        await using var stock = await StockTestService.StartAsync();
        var json = EventJson.Serialize(SampleLogs.Sale(("A", 2))).Replace("\"event_id\"", "\"no_event_id\"", StringComparison.Ordinal);

        Assert.Equal(Drop, await stock.DeliverRawAsync(json));
    }

    [Fact]
    public async Task A_document_store_that_fails_is_a_retry_and_the_log_applies_once_it_is_back()
    {
        await using var stock = await StockTestService.StartAsync();
        var sale = SampleLogs.Sale(("A", 2));
        var path = stock.Host.DataPath;
        var moved = path + "-away";
        Directory.Move(path, moved);
        File.WriteAllText(path, "not a folder");

        var answer = await stock.DeliverAsync(sale);

        File.Delete(path);
        Directory.Move(moved, path);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "RETRY"), answer);
    }
}
