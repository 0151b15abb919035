namespace Kugelpos.MasterData.ItemBooks;

/// <summary>The data of a button's removal (OpenAPI schema <c>ItemBookButtonDeleteResponse</c>).</summary>
/// <param name="ItemBookId">The book.</param>
/// <param name="CategoryNumber">The category.</param>
/// <param name="TabNumber">The tab.</param>
/// <param name="PosX">The removed button's column.</param>
/// <param name="PosY">The removed button's row.</param>
public sealed record ItemBookButtonDeleted(string ItemBookId, int CategoryNumber, int TabNumber, int PosX, int PosY);
