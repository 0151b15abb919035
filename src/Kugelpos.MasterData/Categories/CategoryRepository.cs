using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Paging;

namespace Kugelpos.MasterData.Categories;

/// <summary>Each tenant's categories (<c>master_category</c>, code unique).</summary>
internal sealed class CategoryRepository(MasterDataDatabase database)
    : MasterDataRepository<CategoryDocument>(database, Collection, SortFields)
{
    /// <summary>The collection and its unique code index.</summary>
    public static MasterDataCollection<CategoryDocument> Collection { get; } =
        new("master_category", [nameof(CategoryDocument.CategoryCode)]);

    /// <summary>The sortable fields, by the original's names; the default is the code, ascending.</summary>
    private static SortFields SortFields { get; } = new(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["category_code"] = nameof(CategoryDocument.CategoryCode),
            ["description"] = nameof(CategoryDocument.Description),
            ["description_short"] = nameof(CategoryDocument.DescriptionShort),
            ["tax_code"] = nameof(CategoryDocument.TaxCode),
            ["entry_datetime"] = nameof(CategoryDocument.CreatedAt),
            ["last_update_datetime"] = nameof(CategoryDocument.UpdatedAt),
        },
        "category_code:1");

    /// <summary>The tenant's category with this code, or null.</summary>
    public Task<CategoryDocument?> FindAsync(string tenantId, string categoryCode, CancellationToken cancellationToken) =>
        FindByCodeAsync(tenantId, nameof(CategoryDocument.CategoryCode), categoryCode, null, cancellationToken);
}
