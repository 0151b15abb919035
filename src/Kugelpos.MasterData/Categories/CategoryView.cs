using Kugelpos.ServiceDefaults.Responses;

namespace Kugelpos.MasterData.Categories;

/// <summary>A category as the API returns it (OpenAPI schema <c>CategoryMasterResponse</c>).</summary>
/// <param name="CategoryCode">The code.</param>
/// <param name="Description">The name.</param>
/// <param name="DescriptionShort">The short name.</param>
/// <param name="TaxCode">The tax code.</param>
/// <param name="EntryDatetime">When it was created (<c>yyyy-MM-dd HH:mm:ss</c>, UTC).</param>
/// <param name="LastUpdateDatetime">When it was last changed, or null.</param>
public sealed record CategoryView(
    string CategoryCode,
    string Description,
    string DescriptionShort,
    string TaxCode,
    string EntryDatetime,
    string? LastUpdateDatetime)
{
    internal static CategoryView From(CategoryDocument category) => new(
        category.CategoryCode,
        category.Description,
        category.DescriptionShort,
        category.TaxCode,
        ResponseTimestamps.Format(category.CreatedAt),
        ResponseTimestamps.Format(category.UpdatedAt));
}
