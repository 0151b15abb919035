namespace Kugelpos.MasterData.ItemBooks;

/// <summary>A category of an item book, as stored and returned (OpenAPI schema <c>BaseItemBookCategory</c>).</summary>
/// <param name="CategoryNumber">The category's number, unique within its book.</param>
/// <param name="Title">The title.</param>
/// <param name="Color">The colour.</param>
/// <param name="Tabs">Its tabs.</param>
public sealed record ItemBookCategory(int CategoryNumber, string Title, string Color, IReadOnlyList<ItemBookTab> Tabs);
