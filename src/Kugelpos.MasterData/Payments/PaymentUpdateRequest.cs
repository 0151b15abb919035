using System.ComponentModel.DataAnnotations;
using Kugelpos.MasterData.Validation;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.MasterData.Payments;

/// <summary>The body of a payment method update (OpenAPI schema <c>PaymentUpdateRequest</c>); the code comes from the path.</summary>
public record PaymentUpdateRequest
{
    /// <summary>The name (required, at most 256 characters).</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = "description is required")]
    [StringLength(MasterDataLimits.MaxTextLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }

    /// <summary>The most one payment may be, from 0.</summary>
    [Amount]
    public decimal? LimitAmount { get; init; }

    /// <summary>Whether it can be refunded (required).</summary>
    [Required(ErrorMessage = "canRefund is required")]
    public bool? CanRefund { get; init; }

    /// <summary>Whether more than the balance may be paid (required).</summary>
    [Required(ErrorMessage = "canDepositOver is required")]
    public bool? CanDepositOver { get; init; }

    /// <summary>Whether change is given (required).</summary>
    [Required(ErrorMessage = "canChange is required")]
    public bool? CanChange { get; init; }

    /// <summary>Whether it can be used (required).</summary>
    [Required(ErrorMessage = "isActive is required")]
    public bool? IsActive { get; init; }
}
