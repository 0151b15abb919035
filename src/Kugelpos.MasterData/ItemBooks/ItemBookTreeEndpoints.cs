using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// The categories, tabs and buttons inside an item book, each added, replaced and removed on the
/// original's paths, with its operation names and messages; every change answers the whole book.
/// </summary>
internal static class ItemBookTreeEndpoints
{
    private const string Category = "item_books/{item_book_id}/categories/{category_number}";
    private const string Tab = Category + "/tabs/{tab_number}";
    private const string Button = Tab + "/buttons/pos_x/{pos_x}/pos_y/{pos_y}";

    public static void Map(RouteGroupBuilder tenant)
    {
        Write(tenant.MapPost("item_books/{item_book_id}/categories", AddCategoryAsync), "add_category_to_item_book", StatusCodes.Status201Created);
        Write(tenant.MapPut(Category, UpdateCategoryAsync), "update_category_in_item_book", StatusCodes.Status200OK);
        tenant.MapDelete(Category, DeleteCategoryAsync).WithName("delete_category_from_item_book")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookCategoryDeleted>>(StatusCodes.Status200OK);
        Write(tenant.MapPost(Category + "/tabs", AddTabAsync), "add_tab_to_category_in_item_book", StatusCodes.Status201Created);
        Write(tenant.MapPut(Tab, UpdateTabAsync), "update_tab_in_category_in_item_book", StatusCodes.Status200OK);
        tenant.MapDelete(Tab, DeleteTabAsync).WithName("delete_tab_from_category_in_item_book")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookTabDeleted>>(StatusCodes.Status200OK);
        Write(tenant.MapPost(Tab + "/buttons", AddButtonAsync), "add_button_to_tab_in_category_in_item_book", StatusCodes.Status201Created);
        Write(tenant.MapPut(Button, UpdateButtonAsync), "update_button_in_tab_in_category_in_item_book", StatusCodes.Status200OK);
        tenant.MapDelete(Button, DeleteButtonAsync).WithName("delete_button_from_tab_in_category_in_item_book")
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookButtonDeleted>>(StatusCodes.Status200OK);
    }

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> AddCategoryAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        ItemBookCategoryRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.AddCategory(book, request.ToCategory()),
            StatusCodes.Status201Created, "Category added to Item Book successfully", "add_category_to_item_book", cancellationToken);

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> UpdateCategoryAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber,
        ItemBookCategoryRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var number = PathNumbers.Require(categoryNumber, "category_number");
        return ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.ReplaceCategory(book, number, request.ToCategory()),
            StatusCodes.Status200OK, "Category updated in Item Book successfully", "update_category_in_item_book", cancellationToken);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookCategoryDeleted>>> DeleteCategoryAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber,
        ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var number = PathNumbers.Require(categoryNumber, "category_number");
        await ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.RemoveCategory(book, number),
            StatusCodes.Status200OK, string.Empty, string.Empty, cancellationToken);
        return ApiResults.Ok(
            new ItemBookCategoryDeleted(itemBookId, number),
            $"Category deleted from Item Book successfully. item_book_id: {itemBookId}",
            "delete_category_from_item_book");
    }

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> AddTabAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber,
        ItemBookTabRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var number = PathNumbers.Require(categoryNumber, "category_number");
        return ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.AddTab(book, number, request.ToTab()),
            StatusCodes.Status201Created, "Tab added to Category in Item Book successfully", "add_tab_to_category_in_item_book", cancellationToken);
    }

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> UpdateTabAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber, [FromRoute(Name = "tab_number")] string tabNumber,
        ItemBookTabRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var category = PathNumbers.Require(categoryNumber, "category_number");
        var tab = PathNumbers.Require(tabNumber, "tab_number");
        return ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.ReplaceTab(book, category, tab, request.ToTab()),
            StatusCodes.Status200OK, "Tab updated in Category in Item Book successfully", "update_tab_in_category_in_item_book", cancellationToken);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookTabDeleted>>> DeleteTabAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber, [FromRoute(Name = "tab_number")] string tabNumber,
        ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var category = PathNumbers.Require(categoryNumber, "category_number");
        var tab = PathNumbers.Require(tabNumber, "tab_number");
        await ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.RemoveTab(book, category, tab),
            StatusCodes.Status200OK, string.Empty, string.Empty, cancellationToken);
        return ApiResults.Ok(
            new ItemBookTabDeleted(itemBookId, category, tab),
            $"Tab deleted from Category in Item Book successfully. item_book_id: {itemBookId}",
            "delete_tab_from_category_in_item_book");
    }

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> AddButtonAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber, [FromRoute(Name = "tab_number")] string tabNumber,
        ItemBookButtonRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var category = PathNumbers.Require(categoryNumber, "category_number");
        var tab = PathNumbers.Require(tabNumber, "tab_number");
        return ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.AddButton(book, category, tab, request.ToButton()),
            StatusCodes.Status201Created, "Button added to Tab in Category in Item Book successfully",
            "add_button_to_tab_in_category_in_item_book", cancellationToken);
    }

    public static Task<JsonHttpResult<ApiResponse<ItemBookView>>> UpdateButtonAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber, [FromRoute(Name = "tab_number")] string tabNumber,
        [FromRoute(Name = "pos_x")] string posX, [FromRoute(Name = "pos_y")] string posY,
        ItemBookButtonRequest request, ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var category = PathNumbers.Require(categoryNumber, "category_number");
        var tab = PathNumbers.Require(tabNumber, "tab_number");
        var x = PathNumbers.Require(posX, "pos_x");
        var y = PathNumbers.Require(posY, "pos_y");
        return ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.ReplaceButton(book, category, tab, x, y, request.ToButton()),
            StatusCodes.Status200OK, "Button updated in Tab in Category in Item Book successfully",
            "update_button_in_tab_in_category_in_item_book", cancellationToken);
    }

    public static async Task<JsonHttpResult<ApiResponse<ItemBookButtonDeleted>>> DeleteButtonAsync(
        [FromRoute(Name = "tenant_id")] string tenantId, [FromRoute(Name = "item_book_id")] string itemBookId,
        [FromRoute(Name = "category_number")] string categoryNumber, [FromRoute(Name = "tab_number")] string tabNumber,
        [FromRoute(Name = "pos_x")] string posX, [FromRoute(Name = "pos_y")] string posY,
        ItemBookRepository books, TimeProvider time, CancellationToken cancellationToken)
    {
        var category = PathNumbers.Require(categoryNumber, "category_number");
        var tab = PathNumbers.Require(tabNumber, "tab_number");
        var x = PathNumbers.Require(posX, "pos_x");
        var y = PathNumbers.Require(posY, "pos_y");
        await ChangeAsync(
            books, time, tenantId, itemBookId, book => ItemBookTree.RemoveButton(book, category, tab, x, y),
            StatusCodes.Status200OK, string.Empty, string.Empty, cancellationToken);
        return ApiResults.Ok(
            new ItemBookButtonDeleted(itemBookId, category, tab, x, y),
            $"Button deleted from Tab in Category in Item Book successfully. item_book_id: {itemBookId}",
            "delete_button_from_tab_in_category_in_item_book");
    }

    private static void Write(RouteHandlerBuilder endpoint, string name, int status) =>
        endpoint.WithName(name).RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<ItemBookView>>(status);

    /// <summary>Applies the change to the book as it is stored (<see cref="ItemBookRepository.ChangeAsync"/>) and answers the result.</summary>
    private static async Task<JsonHttpResult<ApiResponse<ItemBookView>>> ChangeAsync(
        ItemBookRepository books, TimeProvider time, string tenantId, string itemBookId,
        Func<ItemBookDocument, IReadOnlyList<ItemBookCategory>> change, int status, string message, string operation,
        CancellationToken cancellationToken)
    {
        var updated = await books.ChangeAsync(
            tenantId, itemBookId, book => book with { Categories = change(book), UpdatedAt = time.GetUtcNow() }, cancellationToken);
        var view = ItemBookView.From(updated);
        var text = $"{message}. item_book_id: {itemBookId}";
        return status == StatusCodes.Status201Created ? ApiResults.Created(view, text, operation) : ApiResults.Ok(view, text, operation);
    }
}
