namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A tab of a category, as stored and returned (OpenAPI schema <c>BaseItemBookTab</c>).</summary>
/// <param name="TabNumber">The tab's number, unique within its category.</param>
/// <param name="Title">The title.</param>
/// <param name="Color">The colour.</param>
/// <param name="Buttons">Its buttons, one per position.</param>
public sealed record ItemBookTab(int TabNumber, string Title, string Color, IReadOnlyList<ItemBookButton> Buttons);
