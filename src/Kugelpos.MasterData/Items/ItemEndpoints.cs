using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Items;

/// <summary><c>/api/v1/tenants/{tenant_id}/items</c>: the tenant's common items, deleted physically or logically.</summary>
internal static class ItemEndpoints
{
    public const string CreateOperation = "create_item_master_async";
    public const string ListOperation = "get_item_master_all_async";
    public const string GetOperation = "get_item_master_async";
    public const string UpdateOperation = "update_item_master_async";
    public const string DeleteOperation = "delete_item_master_async";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("items", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<ItemView>>(StatusCodes.Status201Created);
        tenant.MapGet("items", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<ItemView>>>(StatusCodes.Status200OK);
        tenant.MapGet("items/{item_code}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<ItemView>>(StatusCodes.Status200OK);
        tenant.MapPut("items/{item_code}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<ItemView>>(StatusCodes.Status200OK);
        tenant.MapDelete("items/{item_code}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<ItemDeleteView>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        ItemCreateRequest request,
        ItemRepository items,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var item = new ItemDocument(
            Guid.NewGuid().ToString("N"),
            request.ItemCode!,
            request.Description!,
            request.UnitPrice!.Value,
            request.UnitCost!.Value,
            request.ItemDetails!,
            request.ImageUrls!,
            request.CategoryCode!,
            request.TaxCode!,
            request.IsDiscountRestricted ?? false,
            IsDeleted: false,
            time.GetUtcNow(),
            null);
        await items.AddAsync(
            tenantId, item, "itemCode", $"item with item_code {item.ItemCode} already exists. tenant_id: {tenantId}", cancellationToken);
        return ApiResults.Created(ItemView.From(item), $"Item created successfully. item_code: {item.ItemCode}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<ItemView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, ItemRepository items, CancellationToken cancellationToken)
    {
        var (found, total) = await items.PageAsync(tenantId, null, page, cancellationToken);
        return ApiResults.Page<ItemView>(
            [.. found.Select(ItemView.From)], page.Metadata(total, items.Sort), $"Items found. Total items: {total}", ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "item_code")] string itemCode,
        ItemRepository items,
        CancellationToken cancellationToken,
        [FromQuery(Name = "is_logical_deleted")] bool isLogicalDeleted = false)
    {
        var item = await items.FindAsync(tenantId, itemCode, isLogicalDeleted, cancellationToken) ?? throw NotFound(itemCode);
        return ApiResults.Ok(ItemView.From(item), $"Item found. item_code: {itemCode}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "item_code")] string itemCode,
        ItemUpdateRequest request,
        ItemRepository items,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(tenantId, itemCode, deleted: false, cancellationToken) ?? throw NotFound(itemCode);
        var updated = item with
        {
            Description = request.Description!,
            UnitPrice = request.UnitPrice!.Value,
            UnitCost = request.UnitCost!.Value,
            ItemDetails = request.ItemDetails!,
            ImageUrls = request.ImageUrls!,
            CategoryCode = request.CategoryCode!,
            TaxCode = request.TaxCode!,
            IsDiscountRestricted = request.IsDiscountRestricted ?? false,
            UpdatedAt = time.GetUtcNow(),
        };
        await items.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(ItemView.From(updated), $"Item updated successfully. item_code: {itemCode}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemDeleteView>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "item_code")] string itemCode,
        ItemRepository items,
        TimeProvider time,
        CancellationToken cancellationToken,
        [FromQuery(Name = "is_logical")] bool isLogical = false)
    {
        if (isLogical)
        {
            // Only a live item can be deleted logically; its code stays taken.
            var item = await items.FindAsync(tenantId, itemCode, deleted: false, cancellationToken) ?? throw NotFound(itemCode);
            await items.SaveAsync(tenantId, item with { IsDeleted = true, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }
        else
        {
            var item = await items.FindAnyAsync(tenantId, itemCode, cancellationToken) ?? throw NotFound(itemCode);
            await items.DeleteAsync(tenantId, item, cancellationToken);
        }

        // The original writes the flag as Python prints it.
        var mode = isLogical ? "True" : "False";
        return ApiResults.Ok(
            new ItemDeleteView(itemCode, isLogical), $"Item deleted successfully. item_code: {itemCode}, logically_mode: {mode}", DeleteOperation);
    }

    private static KugelposException NotFound(string itemCode) => KugelposException.NotFound($"Item not found. item_code: {itemCode}");
}
