using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Categories;

/// <summary>The body of a category creation (OpenAPI schema <c>CategoryMasterCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record CategoryCreateRequest : CategoryUpdateRequest
{
    /// <summary>The new code, unique within the tenant.</summary>
    [MasterDataCode]
    public string? CategoryCode { get; init; }
}
