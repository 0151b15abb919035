using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Stock.Stocks;

/// <summary>The body of <c>PUT .../reorder</c> (OpenAPI schema <c>SetReorderParametersRequest</c>).</summary>
public sealed record ReorderRequest
{
    /// <summary>At or below this the item is to be reordered.</summary>
    [Required(ErrorMessage = "reorderPoint is required")]
    [Range(0, StockLimits.MaxQuantity, ErrorMessage = "reorderPoint must be from {1} to {2}")]
    public decimal? ReorderPoint { get; init; }

    /// <summary>How much to order then.</summary>
    [Required(ErrorMessage = "reorderQuantity is required")]
    [Range(0, StockLimits.MaxQuantity, ErrorMessage = "reorderQuantity must be from {1} to {2}")]
    public decimal? ReorderQuantity { get; init; }
}
