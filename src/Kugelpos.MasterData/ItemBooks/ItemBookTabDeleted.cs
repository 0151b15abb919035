namespace Kugelpos.MasterData.ItemBooks;

/// <summary>The data of a tab's removal (OpenAPI schema <c>ItemBookTabDeleteResponse</c>).</summary>
/// <param name="ItemBookId">The book.</param>
/// <param name="CategoryNumber">The category.</param>
/// <param name="TabNumber">The removed tab.</param>
public sealed record ItemBookTabDeleted(string ItemBookId, int CategoryNumber, int TabNumber);
