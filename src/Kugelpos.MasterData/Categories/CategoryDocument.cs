using Kugelpos.DocumentStore;

namespace Kugelpos.MasterData.Categories;

/// <summary>A category as stored in <c>db_master_data_{tenant}.master_category</c>.</summary>
/// <param name="Id">A fresh unique id; the code is unique through its own index.</param>
/// <param name="CategoryCode">The code, unique within the tenant.</param>
/// <param name="Description">The name.</param>
/// <param name="DescriptionShort">The short name for narrow displays.</param>
/// <param name="TaxCode">The category's tax code.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed, if ever.</param>
internal sealed record CategoryDocument(
    string Id,
    string CategoryCode,
    string Description,
    string DescriptionShort,
    string TaxCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt) : IDocument;
