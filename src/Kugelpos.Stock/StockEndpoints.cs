using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Stock.Schedules;
using Kugelpos.Stock.Snapshots;
using Kugelpos.Stock.Stocks;

namespace Kugelpos.Stock;

/// <summary>
/// The stock REST API. Every endpoint takes a user or terminal token or a terminal's API key of the
/// path's tenant, as the original's (<c>get_tenant_id_with_security_by_query_optional</c>).
/// </summary>
internal static class StockEndpoints
{
    public static void MapStockEndpoints(this WebApplication app)
    {
        var stock = app.MapApiGroup("api/v1/tenants/{tenant_id}/stores/{store_code}/stock").RequireAuthorization(KugelposPolicies.Tenant);
        stock.MapGet(string.Empty, StockReadEndpoints.ListAsync).WithName("get_store_stocks");
        stock.MapGet("low", StockReadEndpoints.LowAsync).WithName("get_low_stocks");
        stock.MapGet("reorder-alerts", StockReadEndpoints.ReorderAlertsAsync).WithName("get_reorder_alerts");
        stock.MapPost("snapshot", SnapshotEndpoints.CreateAsync).WithName("create_snapshot")
            .Produces<ApiResponse<SnapshotView>>(StatusCodes.Status201Created);
        stock.MapGet("snapshots", SnapshotEndpoints.ListAsync).WithName("get_snapshots_by_date_range");
        stock.MapGet("snapshot/{snapshot_id}", SnapshotEndpoints.GetAsync).WithName("get_snapshot_by_id");
        stock.MapGet("{item_code}", StockReadEndpoints.GetAsync).WithName("get_stock");
        stock.MapPut("{item_code}/update", StockWriteEndpoints.UpdateAsync).WithName("update_stock");
        stock.MapGet("{item_code}/history", StockReadEndpoints.HistoryAsync).WithName("get_stock_history");
        stock.MapPut("{item_code}/minimum", StockWriteEndpoints.MinimumAsync).WithName("set_minimum_quantity");
        stock.MapPut("{item_code}/reorder", StockWriteEndpoints.ReorderAsync).WithName("set_reorder_parameters");

        var schedule = app.MapApiGroup("api/v1/tenants/{tenant_id}/stock/snapshot-schedule").RequireAuthorization(KugelposPolicies.Tenant);
        schedule.MapGet(string.Empty, SnapshotScheduleEndpoints.GetAsync).WithName("get_snapshot_schedule");
        schedule.MapPut(string.Empty, SnapshotScheduleEndpoints.PutAsync).WithName("update_snapshot_schedule");
        schedule.MapDelete(string.Empty, SnapshotScheduleEndpoints.DeleteAsync).WithName("delete_snapshot_schedule");
    }
}
