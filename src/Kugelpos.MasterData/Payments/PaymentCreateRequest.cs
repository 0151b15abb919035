using Kugelpos.MasterData.Validation;

namespace Kugelpos.MasterData.Payments;

/// <summary>The body of a payment method creation (OpenAPI schema <c>PaymentCreateRequest</c>), camelCase or snake_case.</summary>
public sealed record PaymentCreateRequest : PaymentUpdateRequest
{
    /// <summary>The new code, unique within the tenant.</summary>
    [MasterDataCode]
    public string? PaymentCode { get; init; }
}
