using System.ComponentModel.DataAnnotations;
using Kugelpos.ServiceDefaults.Validation;

namespace Kugelpos.Cart.Carts;

/// <summary>The body of <c>POST /api/v1/carts</c> (OpenAPI schema <c>CartCreateRequest</c>).</summary>
public sealed record CartCreateRequest
{
    /// <summary>The transaction type; a cart is a normal sale (101), the only type it can become.</summary>
    [Range(101, 101, ErrorMessage = "transactionType must be 101 (normal sales): returns and voids are made from their transaction")]
    public int? TransactionType { get; init; } = 101;

    /// <summary>The account user creating the cart, recorded on its transaction.</summary>
    [StringLength(100, ErrorMessage = "userId must be at most {1} characters")]
    [NoControlCharacters]
    public string? UserId { get; init; }

    /// <summary>That user's name.</summary>
    [StringLength(100, ErrorMessage = "userName must be at most {1} characters")]
    [NoControlCharacters]
    public string? UserName { get; init; }
}
