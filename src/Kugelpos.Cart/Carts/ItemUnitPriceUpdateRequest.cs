using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Cart.Carts;

/// <summary>The body of <c>PATCH .../lineItems/{lineNo}/unitPrice</c> (OpenAPI schema <c>ItemUnitPriceUpdateRequest</c>).</summary>
public sealed record ItemUnitPriceUpdateRequest
{
    /// <summary>The line's new unit price.</summary>
    [Required(ErrorMessage = "unitPrice is required")]
    public decimal? UnitPrice { get; init; }
}
