using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kugelpos.Stock.Snapshots;

/// <summary>Snapshots on demand: take one, list them by date range, get one.</summary>
internal static class SnapshotEndpoints
{
    public static async Task<JsonHttpResult<ApiResponse<SnapshotView>>> CreateAsync(
        string tenant_id,
        string store_code,
        string? terminal_id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CreateSnapshotRequest? request,
        Snapshots snapshots,
        CancellationToken cancellationToken)
    {
        var createdBy = request?.CreatedBy ?? CreateSnapshotRequest.System;
        if (createdBy == CreateSnapshotRequest.System && !string.IsNullOrEmpty(terminal_id))
        {
            createdBy = terminal_id;
        }

        var snapshot = await snapshots.TakeAsync(tenant_id, StockPaths.Store(store_code), createdBy, cancellationToken);
        return ApiResults.Created(SnapshotView.From(tenant_id, snapshot), "Snapshot created successfully", "create_snapshot");
    }

    public static async Task<JsonHttpResult<ApiResponse<StockPage<SnapshotView>>>> ListAsync(
        string tenant_id, string store_code, string? start_date, string? end_date, PageQuery page, Snapshots snapshots, CancellationToken cancellationToken)
    {
        var store = StockPaths.Store(store_code);
        var found = await snapshots.PageAsync(tenant_id, store, Bound(start_date, "start_date"), Bound(end_date, "end_date"), page, cancellationToken);
        var views = new StockPage<SnapshotView>([.. found.Data.Select(snapshot => SnapshotView.From(tenant_id, snapshot))], found.Metadata);
        return ApiResults.Ok(views, "Snapshots retrieved successfully", "get_snapshots_by_date_range");
    }

    public static async Task<JsonHttpResult<ApiResponse<SnapshotView>>> GetAsync(
        string tenant_id, string store_code, string snapshot_id, Snapshots snapshots, CancellationToken cancellationToken)
    {
        var store = StockPaths.Store(store_code);
        var snapshot = await snapshots.GetAsync(tenant_id, store, snapshot_id, cancellationToken)
            ?? throw new KugelposException(
                StatusCodes.Status404NotFound, StockErrorCodes.SnapshotNotFound, $"Snapshot {snapshot_id} not found", "snapshot_id");
        return ApiResults.Ok(SnapshotView.From(tenant_id, snapshot), "Snapshot retrieved successfully", "get_snapshot_by_id");
    }

    // Ours: the original compared any text; a bound that is no ISO date is refused rather than matching nothing.
    private static string? Bound(string? value, string field) =>
        string.IsNullOrEmpty(value) || SnapshotTimes.IsIsoDate(value)
            ? (string.IsNullOrEmpty(value) ? null : value)
            : throw new KugelposException(
                StatusCodes.Status422UnprocessableEntity,
                KugelposErrorCodes.ValidationError,
                $"{field} must be an ISO date (YYYY-MM-DD) or date and time",
                field);
}
