using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Items;

/// <summary>The body of a common item creation (OpenAPI schema <c>ItemCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record ItemCreateRequest : ItemUpdateRequest
{
    /// <summary>The new code, unique within the tenant.</summary>
    [MasterDataCode]
    public string? ItemCode { get; init; }
}
