using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Cart.Carts;

/// <summary>One discount on a line or on the subtotal (OpenAPI schema <c>DiscountRequest</c>).</summary>
/// <remarks>The type and the value's range are the cart's own rules, checked by the cart.</remarks>
public sealed record DiscountRequest
{
    /// <summary><c>DiscountAmount</c> or <c>DiscountPercentage</c>.</summary>
    [Required(ErrorMessage = "discountType is required and must not be blank")]
    [StringLength(50, ErrorMessage = "discountType must be at most {1} characters")]
    public string? DiscountType { get; init; }

    /// <summary>The amount, or the percentage.</summary>
    [Required(ErrorMessage = "discountValue is required")]
    public decimal? DiscountValue { get; init; }

    /// <summary>Free text recorded with the discount.</summary>
    [StringLength(1000, ErrorMessage = "discountDetail must be at most {1} characters")]
    [NoControlCharacters]
    public string? DiscountDetail { get; init; }
}
