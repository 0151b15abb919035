using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Stock.Stocks;

/// <summary>The body of a manual stock update (OpenAPI schema <c>StockUpdateRequest</c>).</summary>
public sealed record StockUpdateRequest
{
    /// <summary>Added to the quantity; negative takes away.</summary>
    [Required(ErrorMessage = "quantityChange is required")]
    [Range(-StockLimits.MaxQuantity, StockLimits.MaxQuantity, ErrorMessage = "quantityChange must be from {1} to {2}")]
    public decimal? QuantityChange { get; init; }

    /// <summary>Why: one of the original's update types.</summary>
    [Required(ErrorMessage = "updateType is required")]
    [AllowedValues(
        "sale", "return", "void", "void_return", "purchase", "adjustment", "initial", "damage", "transfer_in", "transfer_out",
        ErrorMessage = "updateType must be one of sale, return, void, void_return, purchase, adjustment, initial, damage, transfer_in, transfer_out")]
    public string? UpdateType { get; init; }

    /// <summary>The document behind the change.</summary>
    [StringLength(StockLimits.MaxTextLength, ErrorMessage = "referenceId must be at most {1} characters")]
    [NoControlCharacters]
    public string? ReferenceId { get; init; }

    /// <summary>Who made the change; the calling terminal when not given.</summary>
    [StringLength(StockLimits.MaxTextLength, ErrorMessage = "operatorId must be at most {1} characters")]
    [NoControlCharacters]
    public string? OperatorId { get; init; }

    /// <summary>A remark.</summary>
    [StringLength(StockLimits.MaxNoteLength, ErrorMessage = "note must be at most {1} characters")]
    public string? Note { get; init; }
}
