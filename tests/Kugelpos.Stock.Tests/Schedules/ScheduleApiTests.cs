using System.Net;
using Kugelpos.Stock.Tests.Support;

namespace Kugelpos.Stock.Tests.Schedules;

public sealed class ScheduleApiTests
{
    private const string Path = "/api/v1/tenants/T1/stock/snapshot-schedule";

    [Fact]
    public async Task A_tenant_without_a_schedule_reads_the_originals_default()
    {
        await using var stock = await StockTestService.StartAsync();

        var read = await stock.SendAsync(HttpMethod.Get, Path);

        Assert.Equal((HttpStatusCode.OK, "Snapshot schedule retrieved successfully"), (read.Status, read.Message));
        Assert.Equal(
            (true, "daily", 2, 0, 30, "all", "T1", "system"),
            (read.Data.GetProperty("enabled").GetBoolean(), read.Data.GetProperty("schedule_interval").GetString(),
             read.Data.GetProperty("schedule_hour").GetInt32(), read.Data.GetProperty("schedule_minute").GetInt32(),
             read.Data.GetProperty("retention_days").GetInt32(), read.Data.GetProperty("target_stores")[0].GetString(),
             read.Data.GetProperty("tenant_id").GetString(), read.Data.GetProperty("created_by").GetString()));
    }

    [Fact]
    public async Task A_schedule_is_set_with_its_next_run_read_back_and_removed_to_the_default()
    {
        await using var stock = await StockTestService.StartAsync();

        var set = await stock.SendAsync(HttpMethod.Put, Path, new
        {
            schedule_interval = "weekly", schedule_hour = 23, schedule_minute = 15, schedule_day_of_week = 1, retention_days = 7, target_stores = new[] { "S1" },
        });
        var read = await stock.SendAsync(HttpMethod.Get, Path);
        var deleted = await stock.SendAsync(HttpMethod.Delete, Path);
        var again = await stock.SendAsync(HttpMethod.Delete, Path);
        var reverted = await stock.SendAsync(HttpMethod.Get, Path);

        Assert.Equal((HttpStatusCode.OK, "Snapshot schedule updated successfully"), (set.Status, set.Message));
        Assert.Equal(
            ("weekly", 23, 15, 1, 7, "S1", "admin", DateTimeOffset.Parse("2030-01-15T23:15:00+00:00", System.Globalization.CultureInfo.InvariantCulture)),
            (read.Data.GetProperty("schedule_interval").GetString(), read.Data.GetProperty("schedule_hour").GetInt32(),
             read.Data.GetProperty("schedule_minute").GetInt32(), read.Data.GetProperty("schedule_day_of_week").GetInt32(),
             read.Data.GetProperty("retention_days").GetInt32(), read.Data.GetProperty("target_stores")[0].GetString(),
             read.Data.GetProperty("updated_by").GetString(), read.Data.GetProperty("next_execution_at").GetDateTimeOffset()));
        Assert.Equal((HttpStatusCode.OK, "Snapshot schedule deleted successfully", true), (deleted.Status, deleted.Message, deleted.Data.GetProperty("deleted").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(("daily", 30), (reverted.Data.GetProperty("schedule_interval").GetString(), reverted.Data.GetProperty("retention_days").GetInt32()));
    }

    public static TheoryData<string, string> BadSchedules => new()
    {
        { """{"schedule_hour":2}""", "schedule_interval" },
        { """{"schedule_interval":"hourly","schedule_hour":2}""", "schedule_interval" },
        { """{"schedule_interval":"daily"}""", "schedule_hour" },
        { """{"schedule_interval":"daily","schedule_hour":24}""", "schedule_hour" },
        { """{"schedule_interval":"daily","schedule_hour":2,"schedule_minute":60}""", "schedule_minute" },
        { """{"schedule_interval":"weekly","schedule_hour":2}""", "schedule_day_of_week" },
        { """{"schedule_interval":"weekly","schedule_hour":2,"schedule_day_of_week":7}""", "schedule_day_of_week" },
        { """{"schedule_interval":"monthly","schedule_hour":2}""", "schedule_day_of_month" },
        { """{"schedule_interval":"monthly","schedule_hour":2,"schedule_day_of_month":0}""", "schedule_day_of_month" },
        { """{"schedule_interval":"daily","schedule_hour":2,"retention_days":0}""", "retention_days" },
        { """{"schedule_interval":"daily","schedule_hour":2,"retention_days":366}""", "retention_days" },
        { """{"schedule_interval":"daily","schedule_hour":2,"target_stores":[]}""", "target_stores" },
        { """{"schedule_interval":"daily","schedule_hour":2,"target_stores":[""]}""", "target_stores" },
        { """{"schedule_interval":"daily","schedule_hour":"two"}""", "schedule_hour" },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task A_bad_schedule_is_a_422_naming_the_field_and_changes_nothing(string body, string field)
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Put, Path, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(field, refused.ErrorFields);
        Assert.Equal("system", (await stock.SendAsync(HttpMethod.Get, Path)).Data.GetProperty("created_by").GetString());
    }

    [Fact]
    public async Task Another_tenants_schedule_is_refused()
    {
        await using var stock = await StockTestService.StartAsync();

        var refused = await stock.SendAsync(HttpMethod.Get, "/api/v1/tenants/T2/stock/snapshot-schedule");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
