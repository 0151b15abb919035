using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>
/// An operation the cart's state does not allow. The service answers it with a 400 envelope
/// carrying <see cref="ErrorCode"/> and <see cref="Message"/>, as the original answers its
/// bad-sequence error; the cart is left as it was.
/// </summary>
public sealed record CartStateRefusal
{
    /// <summary>The HTTP status the original answers a refused operation with.</summary>
    public const int StatusCode = 400;

    /// <summary>The state that refused.</summary>
    public required CartState State { get; init; }

    /// <summary>The operation refused.</summary>
    public required CartOperation Operation { get; init; }

    /// <summary>The original's code for an operation out of sequence: invalid operation (300004).</summary>
    public string ErrorCode { get; init; } = CartErrorCodes.InvalidOperation;

    /// <summary>What was refused, naming the operation and the state.</summary>
    public required string Message { get; init; }

    /// <summary>The refusal of <paramref name="operation"/> in <paramref name="state"/>.</summary>
    public static CartStateRefusal NotAllowed(CartState state, CartOperation operation) => new()
    {
        State = state,
        Operation = operation,

        // "Invalid event" leads the message as in the original, whose tests look for it.
        Message = $"Invalid event: {operation} is not allowed while the cart is {state}.",
    };
}
