using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.StateMachine;

namespace Kugelpos.Cart.Actors.Tests.StateMachine;

/// <summary>
/// DOMAIN.md's table of allowed operations, written out by hand (not read from the machine):
/// each allowed operation with the state it leads to. What is not here is refused.
/// </summary>
internal static class CartStateTable
{
    public static readonly IReadOnlyDictionary<CartState, IReadOnlyDictionary<CartOperation, CartState>> Allowed =
        new Dictionary<CartState, IReadOnlyDictionary<CartOperation, CartState>>
        {
            [CartState.Initial] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.Create] = CartState.Idle,
            },
            [CartState.Idle] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.AddItem] = CartState.EnteringItem,
                [CartOperation.Get] = CartState.Idle,
                [CartOperation.Cancel] = CartState.Cancelled,
            },
            [CartState.EnteringItem] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.AddItem] = CartState.EnteringItem,
                [CartOperation.AddLineDiscount] = CartState.EnteringItem,
                [CartOperation.AddPayment] = CartState.EnteringItem,
                [CartOperation.CancelLineItem] = CartState.EnteringItem,
                [CartOperation.ChangeQuantity] = CartState.EnteringItem,
                [CartOperation.ChangeUnitPrice] = CartState.EnteringItem,
                [CartOperation.Cancel] = CartState.Cancelled,
                [CartOperation.Subtotal] = CartState.Paying,
                [CartOperation.Get] = CartState.EnteringItem,
            },
            [CartState.Paying] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.AddSubtotalDiscount] = CartState.Paying,
                [CartOperation.AddPayment] = CartState.Paying,
                [CartOperation.Cancel] = CartState.Cancelled,
                [CartOperation.Bill] = CartState.Completed,
                [CartOperation.Get] = CartState.Paying,
                [CartOperation.ResumeItemEntry] = CartState.EnteringItem,
            },
            [CartState.Completed] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.Get] = CartState.Completed,
            },
            [CartState.Cancelled] = new Dictionary<CartOperation, CartState>
            {
                [CartOperation.Get] = CartState.Cancelled,
            },
        };

    /// <summary>Every allowed pair with the state it leads to.</summary>
    public static TheoryData<CartState, CartOperation, CartState> AllowedCases()
    {
        var cases = new TheoryData<CartState, CartOperation, CartState>();
        foreach (var (state, operations) in Allowed)
        {
            foreach (var (operation, next) in operations)
            {
                cases.Add(state, operation, next);
            }
        }

        return cases;
    }

    /// <summary>Every pair of state and operation the table does not allow.</summary>
    public static TheoryData<CartState, CartOperation> RefusedCases()
    {
        var cases = new TheoryData<CartState, CartOperation>();
        foreach (var state in Enum.GetValues<CartState>())
        {
            foreach (var operation in Enum.GetValues<CartOperation>().Where(o => !Allowed[state].ContainsKey(o)))
            {
                cases.Add(state, operation);
            }
        }

        return cases;
    }
}
