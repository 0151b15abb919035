using Kugelpos.MasterData.Items;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.StoreItems;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/stores/{store_code}/items</c>: a store's overrides of common items,
/// and <c>.../{item_code}/details</c>, the common item merged with the store's override. A store code
/// that breaks the code rule is a 422 naming <c>store_code</c> on every one of them.
/// </summary>
internal static class StoreItemEndpoints
{
    /// <summary>The original's operation name, the same as the common item's creation.</summary>
    public const string CreateOperation = "create_item_master_async";

    /// <summary>The endpoint name, unique unlike <see cref="CreateOperation"/>.</summary>
    public const string CreateName = "create_item_store_master_async";
    public const string ListOperation = "get_item_store_master_all_async";
    public const string GetOperation = "get_item_store_master_async";
    public const string UpdateOperation = "update_item_store_master_async";
    public const string DeleteOperation = "delete_item_store_master_async";
    public const string DetailOperation = "get_item_store_master_detail_async";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("stores/{store_code}/items", CreateAsync).WithName(CreateName)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<StoreItemView>>(StatusCodes.Status201Created);
        tenant.MapGet("stores/{store_code}/items", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<StoreItemView>>>(StatusCodes.Status200OK);
        tenant.MapGet("stores/{store_code}/items/{item_code}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<StoreItemView>>(StatusCodes.Status200OK);
        tenant.MapPut("stores/{store_code}/items/{item_code}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<StoreItemView>>(StatusCodes.Status200OK);
        tenant.MapDelete("stores/{store_code}/items/{item_code}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<StoreItemDeleteView>>(StatusCodes.Status200OK);
        tenant.MapGet("stores/{store_code}/items/{item_code}/details", DetailAsync).WithName(DetailOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<StoreItemDetailView>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<StoreItemView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        StoreItemCreateRequest request,
        ItemRepository items,
        StoreItemRepository storeItems,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var itemCode = request.ItemCode!;
        _ = await items.FindAsync(tenantId, itemCode, deleted: false, cancellationToken)
            ?? throw KugelposException.NotFound($"item with item_code {itemCode} not found in item_common_master");

        var storeItem = new StoreItemDocument(
            Guid.NewGuid().ToString("N"), storeCode, itemCode, request.StorePrice!.Value, time.GetUtcNow(), null);
        await storeItems.AddAsync(
            tenantId, storeItem, "itemCode", $"item with item_code {itemCode} already exists. tenant_id: {tenantId}", cancellationToken);
        return ApiResults.Created(StoreItemView.From(storeItem), $"Item Store created successfully. item_code: {itemCode}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<StoreItemView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        PageQuery page,
        StoreItemRepository storeItems,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var (found, total) = await storeItems.PageAsync(tenantId, StoreItemRepository.OfStore(storeCode), page, cancellationToken);
        return ApiResults.Page<StoreItemView>(
            [.. found.Select(StoreItemView.From)], page.Metadata(total, storeItems.Sort), $"Items found. Total items: {total}", ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StoreItemView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        [FromRoute(Name = "item_code")] string itemCode,
        StoreItemRepository storeItems,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var storeItem = await storeItems.FindAsync(tenantId, storeCode, itemCode, cancellationToken) ?? throw NotFound(itemCode);
        return ApiResults.Ok(StoreItemView.From(storeItem), $"Item found. item_code: {itemCode}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StoreItemView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        [FromRoute(Name = "item_code")] string itemCode,
        StoreItemUpdateRequest request,
        StoreItemRepository storeItems,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var storeItem = await storeItems.FindAsync(tenantId, storeCode, itemCode, cancellationToken) ?? throw NotFound(itemCode);
        var updated = storeItem with { StorePrice = request.StorePrice!.Value, UpdatedAt = time.GetUtcNow() };
        await storeItems.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(StoreItemView.From(updated), $"Item store updated successfully. item_code: {itemCode}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StoreItemDeleteView>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        [FromRoute(Name = "item_code")] string itemCode,
        StoreItemRepository storeItems,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var storeItem = await storeItems.FindAsync(tenantId, storeCode, itemCode, cancellationToken) ?? throw NotFound(itemCode);
        await storeItems.DeleteAsync(tenantId, storeItem, cancellationToken);
        return ApiResults.Ok(new StoreItemDeleteView(itemCode), $"Item store deleted successfully. item_code: {itemCode}", DeleteOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<StoreItemDetailView>>> DetailAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "store_code")] string storeCode,
        [FromRoute(Name = "item_code")] string itemCode,
        ItemRepository items,
        StoreItemRepository storeItems,
        CancellationToken cancellationToken)
    {
        RouteCodes.Require(storeCode, "store_code");
        var item = await items.FindAsync(tenantId, itemCode, deleted: false, cancellationToken) ?? throw NotFound(itemCode);
        var storeItem = await storeItems.FindAsync(tenantId, storeCode, itemCode, cancellationToken);
        return ApiResults.Ok(StoreItemDetailView.From(item, storeItem), $"Item found. item_code: {itemCode}", DetailOperation);
    }

    private static KugelposException NotFound(string itemCode) => KugelposException.NotFound($"Item not found. item_code: {itemCode}");
}
