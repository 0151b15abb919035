using System.Net;
using Kugelpos.Stock.Schedules;
using Kugelpos.Stock.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Stock.Tests.Schedules;

/// <summary>The scheduled snapshots, on the service's fake clock.</summary>
public sealed class SnapshotSchedulerTests
{
    private const string SchedulePath = "/api/v1/tenants/T1/stock/snapshot-schedule";

    // The running scheduler waits far longer than any test moves the clock, so only the test runs the rounds.
    private static Task<StockTestService> StartIdleAsync() =>
        StockTestService.StartAsync(new Dictionary<string, string?> { ["Kugelpos:Stock:ScheduleCheckInterval"] = "3650.00:00:00" });

    private static async Task StockUpAsync(StockTestService stock, string item, string store = StockTestService.Store) =>
        Assert.Equal(
            HttpStatusCode.OK,
            (await stock.SendAsync(HttpMethod.Put, StockTestService.StockPath(item, store) + "/update", new { quantityChange = 1, updateType = "initial" })).Status);

    private static async Task<string[]> SnapshotCreatorsAsync(StockTestService stock, string store = StockTestService.Store)
    {
        var list = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath(store: store) + "/snapshots");
        return [.. list.Items.Select(item => $"{item.GetProperty("createdBy").GetString()}@{item.GetProperty("generateDateTime").GetString()}")];
    }

    [Fact]
    public async Task A_due_schedule_snapshots_every_store_with_stock_once_and_sets_its_next_run()
    {
        await using var stock = await StartIdleAsync();
        await StockUpAsync(stock, "A");
        await StockUpAsync(stock, "B", "S2");
        await stock.SendAsync(HttpMethod.Put, SchedulePath, new { schedule_interval = "daily", schedule_hour = 10 });
        var scheduler = stock.Host.Services.GetRequiredService<SnapshotScheduler>();

        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));
        stock.Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await scheduler.RunDueAsync(CancellationToken.None));
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));

        Assert.Equal(["scheduled_system@2030-01-15T10:00:00.000000+00:00"], await SnapshotCreatorsAsync(stock));
        Assert.Equal(["scheduled_system@2030-01-15T10:00:00.000000+00:00"], await SnapshotCreatorsAsync(stock, "S2"));
        var schedule = (await stock.SendAsync(HttpMethod.Get, SchedulePath)).Data;
        Assert.Equal(ServiceTestHost.Start.AddHours(1), schedule.GetProperty("last_executed_at").GetDateTimeOffset());
        Assert.Equal(ServiceTestHost.Start.AddHours(25), schedule.GetProperty("next_execution_at").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_disabled_schedule_never_runs_and_one_for_named_stores_snapshots_only_those()
    {
        await using var stock = await StartIdleAsync();
        await StockUpAsync(stock, "A");
        var scheduler = stock.Host.Services.GetRequiredService<SnapshotScheduler>();
        await stock.SendAsync(HttpMethod.Put, SchedulePath, new { enabled = false, schedule_interval = "daily", schedule_hour = 10 });
        stock.Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await scheduler.RunDueAsync(CancellationToken.None));

        await stock.SendAsync(HttpMethod.Put, SchedulePath, new { schedule_interval = "daily", schedule_hour = 11, target_stores = new[] { "S9" } });
        stock.Host.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await scheduler.RunDueAsync(CancellationToken.None));

        Assert.Empty(await SnapshotCreatorsAsync(stock));
        Assert.Single(await SnapshotCreatorsAsync(stock, "S9"));
    }

    [Fact]
    public async Task Snapshots_older_than_the_retention_are_gone()
    {
        await using var stock = await StartIdleAsync();
        await StockUpAsync(stock, "A");
        var old = await stock.SendAsync(HttpMethod.Post, StockTestService.StockPath() + "/snapshot");
        await stock.SendAsync(HttpMethod.Put, SchedulePath, new { schedule_interval = "daily", schedule_hour = 10, retention_days = 1 });

        stock.Host.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        await stock.Host.Services.GetRequiredService<SnapshotScheduler>().RunDueAsync(CancellationToken.None);

        Assert.Equal(["scheduled_system@2030-01-16T10:00:00.000000+00:00"], await SnapshotCreatorsAsync(stock));
        var gone = await stock.SendAsync(HttpMethod.Get, StockTestService.StockPath() + "/snapshot/" + old.Data.GetProperty("snapshotId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task The_running_scheduler_takes_a_due_snapshot_when_its_check_comes_round()
    {
        await using var stock = await StockTestService.StartAsync(new Dictionary<string, string?> { ["Kugelpos:Stock:ScheduleCheckInterval"] = "01:00:00" });
        await StockUpAsync(stock, "A");
        await stock.SendAsync(HttpMethod.Put, SchedulePath, new { schedule_interval = "daily", schedule_hour = 9, schedule_minute = 30 });

        // The scheduler's first wait was armed at start; after that hour it runs the round, then waits again.
        await stock.Host.Time.ElapseNextTimerAsync(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromHours(1), await stock.Host.Time.NextTimerAsync());

        Assert.Equal(["scheduled_system@2030-01-15T10:00:00.000000+00:00"], await SnapshotCreatorsAsync(stock));
    }
}
