using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Cart.Carts;

/// <summary>One item of <c>POST /api/v1/carts/{cart_id}/lineItems</c> (OpenAPI schema <c>Item</c>).</summary>
/// <remarks>The quantity's and price's ranges are the cart's own rules (<c>CartLimits</c>), checked by the cart.</remarks>
public sealed record CartItemRequest
{
    /// <summary>The item's code in master data.</summary>
    [Required(ErrorMessage = "itemCode is required and must not be blank")]
    [StringLength(100, ErrorMessage = "itemCode must be at most {1} characters")]
    [NoControlCharacters]
    public string? ItemCode { get; init; }

    /// <summary>How many.</summary>
    [Required(ErrorMessage = "quantity is required")]
    public int? Quantity { get; init; }

    /// <summary>The price asked for; absent (or 0) takes the store's price, else the item's.</summary>
    public decimal? UnitPrice { get; init; }
}
