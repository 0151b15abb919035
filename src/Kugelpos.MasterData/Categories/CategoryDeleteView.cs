namespace Kugelpos.MasterData.Categories;

/// <summary>The deleted category (OpenAPI schema <c>CategoryMasterDeleteResponse</c>).</summary>
/// <param name="CategoryCode">The code.</param>
public sealed record CategoryDeleteView(string CategoryCode);
