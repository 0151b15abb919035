namespace Kugelpos.MasterData.ItemBooks;

/// <summary>The data of an item book's deletion (OpenAPI schema <c>ItemBookDeleteResponse</c>).</summary>
/// <param name="ItemBookId">The deleted book.</param>
public sealed record ItemBookDeleted(string ItemBookId);
