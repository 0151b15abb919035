namespace Kugelpos.Cart.Carts;

/// <summary>The new cart (OpenAPI schema <c>CartCreateResponse</c>).</summary>
/// <param name="CartId">The cart id the POS device uses from then on.</param>
public sealed record CartCreateResponse(string CartId);
