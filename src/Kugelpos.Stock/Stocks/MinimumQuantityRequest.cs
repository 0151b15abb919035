using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Stock.Stocks;

/// <summary>The body of <c>PUT .../minimum</c> (OpenAPI schema <c>SetMinimumQuantityRequest</c>).</summary>
public sealed record MinimumQuantityRequest
{
    /// <summary>Below this the item is low on stock.</summary>
    [Required(ErrorMessage = "minimumQuantity is required")]
    [Range(0, StockLimits.MaxQuantity, ErrorMessage = "minimumQuantity must be from {1} to {2}")]
    public decimal? MinimumQuantity { get; init; }
}
