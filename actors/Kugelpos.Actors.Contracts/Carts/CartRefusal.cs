using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>
/// A refused cart operation, with what the service's error envelope needs; the cart was left as it was.
/// </summary>
public sealed record CartRefusal
{
    /// <summary>HTTP status, 400 to 499.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The six-digit code (<see cref="CartErrorCodes"/>).</summary>
    public required string ErrorCode { get; init; }

    /// <summary>Why, fit for the client.</summary>
    public required string Message { get; init; }

    /// <summary>The request field (camelCase) or cart state concerned, if any.</summary>
    public string? Field { get; init; }

    /// <summary>The cart's state when it refused; null for a cart that does not exist.</summary>
    public CartState? State { get; init; }

    /// <summary>For a refusal by the cart's state: the operation refused.</summary>
    public string? Operation { get; init; }
}
