using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Promotions;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/promotions</c>: the tenant's promotions and the ones that apply now,
/// on the original's paths (its <c>promotion_master.py</c>; not in its published OpenAPI file) with its
/// operation names, messages and camelCase query parameters.
/// </summary>
internal static class PromotionEndpoints
{
    public const string CreateOperation = "create_promotion";
    public const string ListOperation = "get_promotions";
    public const string ActiveOperation = "get_active_promotions";
    public const string GetOperation = "get_promotion";
    public const string UpdateOperation = "update_promotion";
    public const string DeleteOperation = "delete_promotion";

    /// <summary>The original's page size for promotions, unlike the 100 of the other lists.</summary>
    public const int DefaultLimit = 20;

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("promotions", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<PromotionView>>(StatusCodes.Status201Created);
        tenant.MapGet("promotions", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<PromotionView>>>(StatusCodes.Status200OK);
        tenant.MapGet("promotions/active", ActiveAsync).WithName(ActiveOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<PromotionView>>>(StatusCodes.Status200OK);
        tenant.MapGet("promotions/{promotion_code}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<PromotionView>>(StatusCodes.Status200OK);
        tenant.MapPut("promotions/{promotion_code}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<PromotionView>>(StatusCodes.Status200OK);
        tenant.MapDelete("promotions/{promotion_code}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<PromotionDeleted>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<PromotionView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PromotionCreateRequest request,
        PromotionRepository promotions, TimeProvider time, CancellationToken cancellationToken)
    {
        var promotion = new PromotionDocument(
            Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), request.PromotionCode!, request.PromotionType!, request.Name!,
            request.Description, PromotionDates.Validated(request.StartDatetime), PromotionDates.Validated(request.EndDatetime), request.IsActive ?? true, IsDeleted: false, request.Detail?.ToDetail(),
            time.GetUtcNow(), null);
        await promotions.AddAsync(
            tenantId, promotion, "promotionCode", $"promotion with code {promotion.PromotionCode} already exists", cancellationToken);
        return ApiResults.Created(
            PromotionView.From(promotion), $"Promotion {promotion.PromotionCode} created successfully", CreateOperation);
    }

    /// <summary>One page of live promotions, 20 by default, optionally of one type or activity (<c>promotionType</c>, <c>isActive</c>).</summary>
    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<PromotionView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, HttpContext context,
        [FromQuery(Name = "promotionType")] string? promotionType, [FromQuery(Name = "isActive")] string? isActive,
        PromotionRepository promotions, CancellationToken cancellationToken)
    {
        var query = context.Request.Query.ContainsKey("limit") ? page : page with { Limit = DefaultLimit };
        var active = ReadActive(isActive);
        var filters = new List<DocumentFilter> { PromotionRepository.Live };
        var described = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (promotionType is not null)
        {
            filters.Add(DocumentFilter.Eq(nameof(PromotionDocument.PromotionType), promotionType));
            described["promotion_type"] = promotionType;
        }

        if (active is { } value)
        {
            filters.Add(DocumentFilter.Eq(nameof(PromotionDocument.IsActive), value));
            described["is_active"] = value;
        }

        var (items, total) = await promotions.PageAsync(tenantId, DocumentFilter.And([.. filters]), query, cancellationToken);
        return ApiResults.Page<PromotionView>(
            [.. items.Select(PromotionView.From)],
            query.Metadata(total, promotions.Sort, described),
            $"Promotions retrieved successfully for tenant_id: {tenantId}",
            ListOperation);
    }

    /// <summary>The promotions that apply now, optionally in a store, to a category, of a type (<c>storeCode</c>, <c>categoryCode</c>, <c>promotionType</c>).</summary>
    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<PromotionView>>>> ActiveAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromQuery(Name = "storeCode")] string? storeCode, [FromQuery(Name = "categoryCode")] string? categoryCode,
        [FromQuery(Name = "promotionType")] string? promotionType,
        PromotionRepository promotions, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await promotions.CurrentAsync(tenantId, now, cancellationToken);
        var applying = ActivePromotions.Select(current, now, Blank(storeCode), Blank(categoryCode), Blank(promotionType));
        return ApiResults.Ok<IReadOnlyList<PromotionView>>(
            [.. applying.Select(PromotionView.From)],
            $"Active promotions retrieved successfully for tenant_id: {tenantId}",
            ActiveOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<PromotionView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "promotion_code")] string promotionCode,
        PromotionRepository promotions, CancellationToken cancellationToken)
    {
        var promotion = await RequireAsync(promotions, tenantId, promotionCode, cancellationToken);
        return ApiResults.Ok(
            PromotionView.From(promotion), $"Promotion {promotionCode} found successfully for tenant_id: {tenantId}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<PromotionView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "promotion_code")] string promotionCode,
        PromotionUpdateRequest request, PromotionRepository promotions, TimeProvider time, CancellationToken cancellationToken)
    {
        var promotion = await RequireAsync(promotions, tenantId, promotionCode, cancellationToken);
        if (PromotionDates.CheckOrder(request.StartDatetime, request.EndDatetime, (promotion.StartDatetime, promotion.EndDatetime)) is { } order)
        {
            throw KugelposException.InvalidField("endDatetime", order.ErrorMessage!);
        }

        var updated = promotion with
        {
            Name = request.Name ?? promotion.Name,
            Description = request.Description ?? promotion.Description,
            StartDatetime = PromotionDates.TryParse(request.StartDatetime, out var start) ? start : promotion.StartDatetime,
            EndDatetime = PromotionDates.TryParse(request.EndDatetime, out var end) ? end : promotion.EndDatetime,
            IsActive = request.IsActive ?? promotion.IsActive,
            Detail = request.Detail?.ToDetail() ?? promotion.Detail,
            UpdatedAt = time.GetUtcNow(),
        };
        await promotions.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(
            PromotionView.From(updated), $"Promotion {promotionCode} updated successfully for tenant_id: {tenantId}", UpdateOperation);
    }

    /// <summary>Deletes logically, as the original: the code stays taken.</summary>
    public static async Task<JsonHttpResult<ApiResponse<PromotionDeleted>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "promotion_code")] string promotionCode,
        PromotionRepository promotions, TimeProvider time, CancellationToken cancellationToken)
    {
        var promotion = await RequireAsync(promotions, tenantId, promotionCode, cancellationToken);
        await promotions.SaveAsync(tenantId, promotion with { IsDeleted = true, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return ApiResults.Ok(
            new PromotionDeleted(promotionCode), $"Promotion {promotionCode} deleted successfully for tenant_id: {tenantId}", DeleteOperation);
    }

    private static async Task<PromotionDocument> RequireAsync(
        PromotionRepository promotions, string tenantId, string promotionCode, CancellationToken cancellationToken) =>
        await promotions.FindAsync(tenantId, promotionCode, cancellationToken)
            ?? throw KugelposException.NotFound($"promotion with code {promotionCode} not found");

    private static bool? ReadActive(string? text) => text switch
    {
        null or "" => null,
        _ when bool.TryParse(text, out var value) => value,
        _ => throw KugelposException.InvalidField("isActive", "isActive must be true or false"),
    };

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
