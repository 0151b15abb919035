using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.StateMachine;

namespace Kugelpos.Cart.Actors.Tests.StateMachine;

public sealed class CartStateMachineTests
{
    public static TheoryData<CartState, CartOperation, CartState> Allowed => CartStateTable.AllowedCases();

    public static TheoryData<CartState, CartOperation> Refused => CartStateTable.RefusedCases();

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_operation_leads_where_the_table_says_and_writes_only_a_change(
        CartState from, CartOperation operation, CartState expected)
    {
        var stored = new StoredState(from);
        var machine = new CartStateMachine(stored.Read, stored.Write);

        Assert.Null(machine.Check(operation));
        var transition = machine.Fire(operation);

        Assert.Null(transition.Refusal);
        Assert.False(transition.IsRefused);
        Assert.Equal((operation, from, expected), (transition.Operation, transition.From, transition.To));
        Assert.Equal(expected, stored.Value);
        Assert.Equal(expected == from ? [] : [expected], stored.Writes);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_operation_answers_a_refusal_naming_state_and_operation_and_keeps_the_state(
        CartState state, CartOperation operation)
    {
        var stored = new StoredState(state);
        var machine = new CartStateMachine(stored.Read, stored.Write);

        var transition = machine.Fire(operation);

        var refusal = Assert.IsType<CartStateRefusal>(transition.Refusal);
        Assert.True(transition.IsRefused);
        Assert.Equal((state, operation), (refusal.State, refusal.Operation));
        Assert.Equal("300004", refusal.ErrorCode);
        Assert.Equal(400, CartStateRefusal.StatusCode);
        Assert.Equal($"Invalid event: {operation} is not allowed while the cart is {state}.", refusal.Message);
        Assert.Equal((state, state), (transition.From, transition.To));
        Assert.Equal(state, stored.Value);
        Assert.Empty(stored.Writes);
        Assert.Equal(refusal, machine.Check(operation));
    }

    [Fact]
    public void The_machine_reads_the_state_from_its_storage_each_time_and_keeps_no_copy()
    {
        var stored = new StoredState(CartState.Idle);
        var machine = new CartStateMachine(stored.Read, stored.Write);

        // The document is replaced under the machine, as when the actor loads a newer cart.
        stored.Value = CartState.Paying;
        var bill = machine.Fire(CartOperation.Bill);

        Assert.Equal((CartState.Paying, CartState.Completed), (bill.From, bill.To));
        Assert.Equal(CartState.Completed, stored.Value);
        Assert.Equal([CartState.Completed], stored.Writes);
        Assert.True(stored.Reads > 0);
    }

    [Fact]
    public void One_machine_runs_a_whole_sale_with_a_return_to_item_entry()
    {
        var stored = new StoredState(CartState.Initial);
        var machine = new CartStateMachine(stored.Read, stored.Write);
        CartOperation[] sale =
        [
            CartOperation.Create, CartOperation.AddItem, CartOperation.AddItem, CartOperation.Subtotal,
            CartOperation.AddPayment, CartOperation.ResumeItemEntry, CartOperation.ChangeQuantity,
            CartOperation.Subtotal, CartOperation.AddSubtotalDiscount, CartOperation.AddPayment, CartOperation.Bill,
        ];

        var refusals = sale.Select(machine.Fire).Where(t => t.IsRefused).ToList();

        Assert.Empty(refusals);
        Assert.Equal(CartState.Completed, machine.State);
        Assert.Equal(
            [CartState.Idle, CartState.EnteringItem, CartState.Paying, CartState.EnteringItem, CartState.Paying, CartState.Completed],
            stored.Writes);
        Assert.True(machine.Fire(CartOperation.AddItem).IsRefused);
    }
}
