using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>The cart actor's answer: the cart after the operation, or the refusal.</summary>
public sealed record CartReply
{
    /// <summary>The cart; absent when refused.</summary>
    public CartDocument? Cart { get; init; }

    /// <summary>Set when refused.</summary>
    public CartRefusal? Refusal { get; init; }
}
