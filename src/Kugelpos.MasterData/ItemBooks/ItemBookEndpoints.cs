using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Paging;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// <c>/api/v1/tenants/{tenant_id}/item_books</c>: the tenant's item books as a whole, and one book with
/// its buttons' prices for a store (<c>/detail</c>), with the original's operation names and messages.
/// </summary>
internal static class ItemBookEndpoints
{
    public const string CreateOperation = "create_item_book";
    public const string ListOperation = "get_all_item_books";
    public const string GetOperation = "get_item_book_by_id";
    public const string DetailOperation = "get_item_book_detail_by_id";
    public const string UpdateOperation = "update_item_book";
    public const string DeleteOperation = "delete_item_book";

    public static void Map(RouteGroupBuilder tenant)
    {
        tenant.MapPost("item_books", CreateAsync).WithName(CreateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookView>>(StatusCodes.Status201Created);
        tenant.MapGet("item_books", ListAsync).WithName(ListOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<IReadOnlyList<ItemBookView>>>(StatusCodes.Status200OK);
        tenant.MapGet("item_books/{item_book_id}", GetAsync).WithName(GetOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<ItemBookView>>(StatusCodes.Status200OK);
        tenant.MapGet("item_books/{item_book_id}/detail", DetailAsync).WithName(DetailOperation)
            .RequireAuthorization(KugelposPolicies.Tenant).Produces<ApiResponse<ItemBookView>>(StatusCodes.Status200OK);
        tenant.MapPut("item_books/{item_book_id}", UpdateAsync).WithName(UpdateOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookView>>(StatusCodes.Status200OK);
        tenant.MapDelete("item_books/{item_book_id}", DeleteAsync).WithName(DeleteOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookDeleted>>(StatusCodes.Status200OK);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookView>>> CreateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, ItemBookRequest request,
        ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var book = await books.AddAsync(
            tenantId,
            id => new ItemBookDocument(Guid.CreateVersion7(now).ToString("N"), id, request.Title!, request.ToCategories(), now, null, 0),
            now,
            cancellationToken);
        return ApiResults.Created(
            ItemBookView.From(book), $"Item Book created successfully. item_book_id: {book.ItemBookId}", CreateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<IReadOnlyList<ItemBookView>>>> ListAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, PageQuery page, ItemBookRepository books, CancellationToken cancellationToken)
    {
        var (items, total) = await books.PageAsync(tenantId, null, page, cancellationToken);
        return ApiResults.Page<ItemBookView>(
            [.. items.Select(ItemBookView.From)],
            page.Metadata(total, books.Sort),
            $"Item Books found successfully. Total count: {total}",
            ListOperation);
    }

    /// <summary>One book; a <c>store_code</c> is accepted, as the original's, and changes nothing.</summary>
    public static async Task<JsonHttpResult<ApiResponse<ItemBookView>>> GetAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        ItemBookRepository books, CancellationToken cancellationToken)
    {
        var book = await books.RequireAsync(tenantId, itemBookId, cancellationToken);
        return ApiResults.Ok(ItemBookView.From(book), $"Item Book found successfully. item_book_id: {itemBookId}", GetOperation);
    }

    /// <summary>One book with every button's description and price in the store (<c>store_code</c>, required).</summary>
    public static async Task<JsonHttpResult<ApiResponse<ItemBookView>>> DetailAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromQuery(Name = "store_code")] string? storeCode, ItemBookRepository books, ItemBookDetails details, CancellationToken cancellationToken)
    {
        var store = RouteCodes.Require(storeCode, "store_code");
        var book = await books.RequireAsync(tenantId, itemBookId, cancellationToken);
        var filled = book with { Categories = await details.FillAsync(tenantId, store, book.Categories, cancellationToken) };
        return ApiResults.Ok(ItemBookView.From(filled), $"Item Book found successfully. item_book_id: {itemBookId}", DetailOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookView>>> UpdateAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId, ItemBookRequest request,
        ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var updated = await books.ChangeAsync(
            tenantId, itemBookId, book => book with { Title = request.Title!, Categories = request.ToCategories(), UpdatedAt = time.GetUtcNow() },
            cancellationToken);
        return ApiResults.Ok(ItemBookView.From(updated), $"Item Book updated successfully. item_book_id: {itemBookId}", UpdateOperation);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookDeleted>>> DeleteAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        ItemBookRepository books, CancellationToken cancellationToken)
    {
        var book = await books.RequireAsync(tenantId, itemBookId, cancellationToken);
        await books.DeleteAsync(tenantId, book, cancellationToken);
        return ApiResults.Ok(new ItemBookDeleted(itemBookId), $"Item Book deleted successfully. item_book_id: {itemBookId}", DeleteOperation);
    }
}
