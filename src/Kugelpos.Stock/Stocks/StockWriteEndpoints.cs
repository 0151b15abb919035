using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Stock.Alerts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Stock.Stocks;

/// <summary>The stock writes: a manual change of the quantity, the minimum, the reorder point and quantity.</summary>
internal static class StockWriteEndpoints
{
    public static async Task<JsonHttpResult<ApiResponse<StockUpdateView>>> UpdateAsync(
        string tenant_id, string store_code, string item_code, string? terminal_id, StockUpdateRequest request,
        StockLedger ledger, CancellationToken cancellationToken)
    {
        var key = StockPaths.Item(store_code, item_code);

        // A manual change is its own change: a new id each time, as each call moves stock again.
        var change = new StockChange(
            Guid.NewGuid().ToString("N"),
            key,
            request.QuantityChange!.Value,
            request.UpdateType!,
            request.ReferenceId,
            request.OperatorId ?? terminal_id,
            request.Note);
        var applied = await ledger.ApplyAsync(tenant_id, change, cancellationToken);
        return ApiResults.Ok(StockUpdateView.From(tenant_id, applied.Record), "Stock updated successfully", "update_stock");
    }

    public static async Task<JsonHttpResult<ApiResponse<object?>>> MinimumAsync(
        string tenant_id, string store_code, string item_code, MinimumQuantityRequest request,
        StockLedger ledger, TimeProvider time, CancellationToken cancellationToken)
    {
        await ledger.ChangeSettingsAsync(
            tenant_id,
            StockPaths.Item(store_code, item_code),
            stock => stock with { MinimumQuantity = request.MinimumQuantity!.Value, UpdatedAt = time.GetUtcNow() },
            cancellationToken);
        return ApiResults.Ok<object?>(null, "Minimum quantity set successfully", "set_minimum_quantity");
    }

    public static async Task<JsonHttpResult<ApiResponse<object?>>> ReorderAsync(
        string tenant_id, string store_code, string item_code, ReorderRequest request,
        StockLedger ledger, StockAlerts alerts, TimeProvider time, CancellationToken cancellationToken)
    {
        var stock = await ledger.ChangeSettingsAsync(
            tenant_id,
            StockPaths.Item(store_code, item_code),
            stock => stock with
            {
                ReorderPoint = request.ReorderPoint!.Value,
                ReorderQuantity = request.ReorderQuantity!.Value,
                UpdatedAt = time.GetUtcNow(),
            },
            cancellationToken);

        // As the original: a reorder point set at or above the quantity alerts at once.
        await alerts.CheckAsync(tenant_id, stock, cancellationToken);
        return ApiResults.Ok<object?>(null, "Reorder parameters set successfully", "set_reorder_parameters");
    }
}
