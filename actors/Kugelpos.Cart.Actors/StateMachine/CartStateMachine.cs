using Kugelpos.Cart.Abstractions;
using Stateless;

namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>
/// The cart's state machine (Stateless) over a state it does not own: it reads and writes the
/// state through the accessors it is given, which point at the cart document, so the document
/// stays the one copy. Build one per actor over the actor's document and keep it: Stateless
/// configures per instance, and its maintainers' way to reuse a definition is accessors pointed at
/// whatever state is current (dotnet-state-machine/stateless#196). Not thread-safe, as Stateless
/// is not; an actor's turns never overlap.
/// </summary>
/// <example>
/// <code>
/// var machine = new CartStateMachine(() => cart.State, state => cart.State = state);
/// var transition = machine.Fire(CartOperation.Subtotal);
/// if (transition.Refusal is { } refusal) { /* 400 envelope: refusal.ErrorCode, refusal.Message */ }
/// </code>
/// </example>
public sealed class CartStateMachine
{
    private readonly Func<CartState> _readState;
    private readonly StateMachine<CartState, CartOperation> _machine;
    private CartStateRefusal? _refusal;

    /// <summary>Creates the machine over externally stored state.</summary>
    /// <param name="readState">Reads the cart's state from where it is stored.</param>
    /// <param name="writeState">Stores a new state; called only when an operation moves the cart.</param>
    public CartStateMachine(Func<CartState> readState, Action<CartState> writeState)
    {
        ArgumentNullException.ThrowIfNull(readState);
        ArgumentNullException.ThrowIfNull(writeState);
        _readState = readState;
        _machine = new StateMachine<CartState, CartOperation>(readState, writeState);
        CartStateRules.Configure(_machine);

        // Stateless throws on an unhandled trigger by default; a refusal is an expected answer.
        _machine.OnUnhandledTrigger((state, operation) => _refusal = CartStateRefusal.NotAllowed(state, operation));
    }

    /// <summary>The cart's state, read from its storage.</summary>
    public CartState State => _readState();

    /// <summary>
    /// The refusal of <paramref name="operation"/> in the current state, or null when it is allowed;
    /// moves nothing. Lets the actor refuse before it does the operation's work.
    /// </summary>
    public CartStateRefusal? Check(CartOperation operation) =>
        _machine.CanFire(operation) ? null : CartStateRefusal.NotAllowed(State, operation);

    /// <summary>
    /// Fires <paramref name="operation"/>: moves the stored state where the operation leads, or
    /// leaves it and answers the refusal. Never throws for a refused operation.
    /// </summary>
    public CartTransition Fire(CartOperation operation)
    {
        var from = State;
        _refusal = null;
        _machine.Fire(operation);
        return new CartTransition { Operation = operation, From = from, To = State, Refusal = _refusal };
    }
}
