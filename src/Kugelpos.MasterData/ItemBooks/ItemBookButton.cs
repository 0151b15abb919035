namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// A button of a tab, as stored and returned (OpenAPI schema <c>BaseItemBookButton</c>). The price and
/// description are never stored; <c>/detail</c> fills them from the item master.
/// </summary>
/// <param name="PosX">The column.</param>
/// <param name="PosY">The row.</param>
/// <param name="Size">How many cells it covers.</param>
/// <param name="ImageUrl">The picture shown on it.</param>
/// <param name="ColorText">The colour of its text.</param>
/// <param name="ItemCode">The item it sells.</param>
/// <param name="UnitPrice">The item's price (store price first), only in <c>/detail</c>.</param>
/// <param name="Description">The item's description, or <c>not found</c>, only in <c>/detail</c>.</param>
public sealed record ItemBookButton(
    int PosX, int PosY, ButtonSize Size, string ImageUrl, string ColorText, string ItemCode, decimal? UnitPrice = null, string? Description = null);
