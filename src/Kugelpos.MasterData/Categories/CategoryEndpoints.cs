using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.Categories;

/// <summary><c>/api/v1/tenants/{tenant_id}/categories</c>: the tenant's categories.</summary>
internal static class CategoryEndpoints
{
    public const string CreateOperation = "create_category";
    public const string ListOperation = "get_categories";
    public const string GetOperation = "get_category";
    public const string UpdateOperation = "update_category";
    public const string DeleteOperation = "delete_category";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("categories", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<CategoryView>>(StatusCodes.Status201Created);
        tenant.MapGet("categories", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<IReadOnlyList<CategoryView>>>(StatusCodes.Status200OK);
        tenant.MapGet("categories/{category_code}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant)
            .Produces<ApiResponse<CategoryView>>(StatusCodes.Status200OK);
        tenant.MapPut("categories/{category_code}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<CategoryView>>(StatusCodes.Status200OK);
        tenant.MapDelete("categories/{category_code}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User)
            .Produces<ApiResponse<CategoryDeleteView>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<CategoryView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        CategoryCreateRequest request,
        CategoryRepository categories,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var category = new CategoryDocument(
            Guid.NewGuid().ToString("N"),
            request.CategoryCode!,
            request.Description!,
            request.DescriptionShort!,
            request.TaxCode!,
            time.GetUtcNow(),
            null);
        await categories.AddAsync(
            tenantId, category, "categoryCode", $"category with code {category.CategoryCode} already exists. tenant_id: {tenantId}", cancellationToken);
        return ApiResults.Created(CategoryView.From(category), $"Category {category.CategoryCode} created successfully", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<CategoryView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, CategoryRepository categories, CancellationToken cancellationToken)
    {
        var (items, total) = await categories.PageAsync(tenantId, null, page, cancellationToken);
        return ApiResults.Page<CategoryView>(
            [.. items.Select(CategoryView.From)],
            page.Metadata(total, categories.Sort),
            $"Categories found successfully for tenant_id: {tenantId}",
            ListOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<CategoryView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "category_code")] string categoryCode,
        CategoryRepository categories,
        CancellationToken cancellationToken)
    {
        var category = await RequireAsync(categories, tenantId, categoryCode, cancellationToken);
        return ApiResults.Ok(
            CategoryView.From(category), $"Category {categoryCode} found successfully for tenant_id: {tenantId}", GetOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<CategoryView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "category_code")] string categoryCode,
        CategoryUpdateRequest request,
        CategoryRepository categories,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var category = await RequireAsync(categories, tenantId, categoryCode, cancellationToken);
        var updated = category with
        {
            Description = request.Description!,
            DescriptionShort = request.DescriptionShort!,
            TaxCode = request.TaxCode!,
            UpdatedAt = time.GetUtcNow(),
        };
        await categories.SaveAsync(tenantId, updated, cancellationToken);
        return ApiResults.Ok(
            CategoryView.From(updated), $"Category {categoryCode} updated successfully for tenant_id: {tenantId}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<CategoryDeleteView>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId,
        [FromRoute(Name = "category_code")] string categoryCode,
        CategoryRepository categories,
        CancellationToken cancellationToken)
    {
        var category = await RequireAsync(categories, tenantId, categoryCode, cancellationToken);
        await categories.DeleteAsync(tenantId, category, cancellationToken);
        return ApiResults.Ok(
            new CategoryDeleteView(categoryCode), $"Category {categoryCode} deleted successfully for tenant_id: {tenantId}", DeleteOperation);
    }

    private static async Task<CategoryDocument> RequireAsync(
        CategoryRepository categories, string tenantId, string categoryCode, CancellationToken cancellationToken) =>
        await categories.FindAsync(tenantId, categoryCode, cancellationToken)
            ?? throw KugelposException.NotFound($"Category {categoryCode} not found, tenant_id: {tenantId}");
}
