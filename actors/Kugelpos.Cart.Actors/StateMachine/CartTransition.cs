using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>What firing an operation did: the state before and after, or the refusal that kept it.</summary>
public sealed record CartTransition
{
    /// <summary>The operation fired.</summary>
    public required CartOperation Operation { get; init; }

    /// <summary>The state before the operation.</summary>
    public required CartState From { get; init; }

    /// <summary>The state after the operation; <see cref="From"/> when it kept the state or was refused.</summary>
    public required CartState To { get; init; }

    /// <summary>Set when the state does not allow the operation.</summary>
    public CartStateRefusal? Refusal { get; init; }

    /// <summary>Whether the operation was refused (the cart is to be left unchanged).</summary>
    public bool IsRefused => Refusal is not null;
}
