namespace Kugelpos.MasterData.ItemBooks;

/// <summary>The data of a category's removal (OpenAPI schema <c>ItemBookCategoryDeleteResponse</c>).</summary>
/// <param name="ItemBookId">The book.</param>
/// <param name="CategoryNumber">The removed category.</param>
public sealed record ItemBookCategoryDeleted(string ItemBookId, int CategoryNumber);
