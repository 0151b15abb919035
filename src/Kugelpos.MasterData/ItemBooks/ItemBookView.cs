using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>An item book as the API returns it (OpenAPI schema <c>ItemBookResponse</c>, in its order).</summary>
/// <param name="Title">The title.</param>
/// <param name="Categories">Its categories, tabs and buttons.</param>
/// <param name="ItemBookId">The book id.</param>
/// <param name="EntryDatetime">When it was created.</param>
/// <param name="LastUpdateDatetime">When it was last changed, if ever.</param>
public sealed record ItemBookView(
    string Title, IReadOnlyList<ItemBookCategory> Categories, string ItemBookId, string EntryDatetime, string? LastUpdateDatetime)
{
    internal static ItemBookView From(ItemBookDocument book) => new(
        book.Title, book.Categories, book.ItemBookId, ResponseTimestamps.Format(book.CreatedAt), ResponseTimestamps.Format(book.UpdatedAt));
}
