using Kugelpos.Cart.Abstractions;
using Stateless;

namespace Kugelpos.Cart.Actors.StateMachine;

/// <summary>
/// The one definition of which operation each cart state allows and where it leads (DOMAIN.md's
/// table, as the original's state classes enforce it). Operations that keep the state are
/// internal transitions, so they run no entry or exit; anything not listed is refused.
/// </summary>
internal static class CartStateRules
{
    /// <summary>Configures <paramref name="machine"/> with the cart's states and operations.</summary>
    public static void Configure(StateMachine<CartState, CartOperation> machine)
    {
        machine.Configure(CartState.Initial)
            .Permit(CartOperation.Create, CartState.Idle);

        machine.Configure(CartState.Idle)
            .Permit(CartOperation.AddItem, CartState.EnteringItem)
            .Permit(CartOperation.Cancel, CartState.Cancelled);
        KeepState(machine, CartState.Idle, CartOperation.Get);

        machine.Configure(CartState.EnteringItem)
            .Permit(CartOperation.Subtotal, CartState.Paying)
            .Permit(CartOperation.Cancel, CartState.Cancelled);

        // A payment taken during item entry stays there, as in the original: only subtotal moves
        // the cart to Paying, and only bill completes it, however much is paid.
        KeepState(
            machine,
            CartState.EnteringItem,
            CartOperation.Get,
            CartOperation.AddItem,
            CartOperation.CancelLineItem,
            CartOperation.ChangeQuantity,
            CartOperation.ChangeUnitPrice,
            CartOperation.AddLineDiscount,
            CartOperation.AddPayment);

        machine.Configure(CartState.Paying)
            .Permit(CartOperation.ResumeItemEntry, CartState.EnteringItem)
            .Permit(CartOperation.Bill, CartState.Completed)
            .Permit(CartOperation.Cancel, CartState.Cancelled);
        KeepState(machine, CartState.Paying, CartOperation.Get, CartOperation.AddSubtotalDiscount, CartOperation.AddPayment);

        KeepState(machine, CartState.Completed, CartOperation.Get);
        KeepState(machine, CartState.Cancelled, CartOperation.Get);
    }

    private static void KeepState(
        StateMachine<CartState, CartOperation> machine, CartState state, params CartOperation[] operations)
    {
        var configuration = machine.Configure(state);
        foreach (var operation in operations)
        {
            // The operation's work is the actor's rule; the machine only allows it. Stateless has
            // no way to name an internal transition in its pictures but a guard's description, so
            // the always-true guard is there to label the loop "Get [internal]", not to decide.
            configuration.InternalTransitionIf(operation, static _ => true, static () => { }, "internal");
        }
    }
}
