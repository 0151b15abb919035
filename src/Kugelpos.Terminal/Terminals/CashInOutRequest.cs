using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Terminal.Terminals;

/// <summary>The body of cash in and cash out (OpenAPI schema <c>CashInOutRequest</c>).</summary>
public sealed record CashInOutRequest
{
    /// <summary>The amount, greater than zero in both directions (cash out is stored negative).</summary>
    [Required(ErrorMessage = "amount is required")]
    [Range(typeof(decimal), "0.000001", "999999999999", ErrorMessage = "amount must be greater than zero and at most {2}")]
    public decimal? Amount { get; init; }

    /// <summary>Why; the original's default text when absent.</summary>
    [StringLength(TerminalCreateRequest.MaxDescriptionLength, ErrorMessage = "description must be at most {1} characters")]
    [NoControlCharacters]
    public string? Description { get; init; }
}
