using System.ComponentModel.DataAnnotations;

namespace Kugelpos.Cart.Carts;

/// <summary>The body of <c>PATCH .../lineItems/{lineNo}/quantity</c> (OpenAPI schema <c>ItemQuantityUpdateRequest</c>).</summary>
public sealed record ItemQuantityUpdateRequest
{
    /// <summary>The line's new quantity.</summary>
    [Required(ErrorMessage = "quantity is required")]
    public int? Quantity { get; init; }
}
