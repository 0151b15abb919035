using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Cart.Transactions;

/// <summary>One payment in the body of a void or return (OpenAPI schema <c>PaymentRequest</c>).</summary>
public sealed record PaymentRequest
{
    /// <summary>The payment method's code.</summary>
    [Required(ErrorMessage = "paymentCode is required and must not be blank")]
    [StringLength(20, ErrorMessage = "paymentCode must be at most {1} characters")]
    [NoControlCharacters]
    public string? PaymentCode { get; init; }

    /// <summary>The amount paid back.</summary>
    [Required(ErrorMessage = "amount is required")]
    [Range(typeof(decimal), "0", "999999999999", ErrorMessage = "amount must be from {1} to {2}")]
    public decimal? Amount { get; init; }

    /// <summary>Free detail.</summary>
    [StringLength(1000, ErrorMessage = "detail must be at most {1} characters")]
    public string? Detail { get; init; }
}
