using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Actors.StateMachine;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Plugins;

namespace Kugelpos.Cart.Actors.Tests.Carts;

public class CartActorRefusalTests
{
    private readonly CartActorFixture _fixture = new();

    public static TheoryData<CartState, CartOperation> RefusedOperations()
    {
        var refused = new TheoryData<CartState, CartOperation>();
        foreach (var state in Enum.GetValues<CartState>().Where(s => s != CartState.Initial))
        {
            var machine = new CartStateMachine(() => state, _ => { });
            foreach (var operation in Enum.GetValues<CartOperation>().Where(o => machine.Check(o) is not null))
            {
                refused.Add(state, operation);
            }
        }

        return refused;
    }

    [Theory]
    [MemberData(nameof(RefusedOperations))]
    public async Task An_operation_the_state_refuses_names_state_and_operation_and_leaves_the_stored_cart_byte_for_byte(CartState state, CartOperation operation)
    {
        await _fixture.StoreAsync(await SaleInPaymentAsync() with { State = state });
        var before = _fixture.StoredJson();
        var saves = _fixture.State.SaveCount;

        var reply = await InvokeAsync(_fixture.Activate(), operation);

        Assert.Null(reply.Cart);
        Assert.Equal((400, CartErrorCodes.InvalidOperation), (reply.Refusal?.StatusCode, reply.Refusal?.ErrorCode));
        Assert.Equal((state, operation.ToString()), (reply.Refusal?.State, reply.Refusal?.Operation));
        Assert.Contains(state.ToString(), reply.Refusal?.Message, StringComparison.Ordinal);
        Assert.Equal(before, _fixture.StoredJson());
        Assert.Equal(saves, _fixture.State.SaveCount);
        Assert.Empty(_fixture.Neighbours.Terminal.Requests);
    }

    [Fact]
    public void Every_state_a_stored_cart_can_be_in_refuses_some_operation()
    {
        Assert.Equal(
            Enum.GetValues<CartState>().Where(s => s != CartState.Initial).Order(),
            RefusedOperations().Select(row => (CartState)row[0]).Distinct().Order());
    }

    private static async Task<CartDocument> SaleInPaymentAsync()
    {
        var cart = TestCarts.With((100m, 2, "01"), (300m, 1, "01"));
        return await Tenders.PayAsync(cart with { CartId = CartActorFixture.CartId, State = CartState.Paying }, Tenders.Cashless, 100m);
    }

    private static Task<CartReply> InvokeAsync(CartActor actor, CartOperation operation) => operation switch
    {
        CartOperation.Create => actor.CreateAsync(CartActorFixture.Create),
        CartOperation.Get => actor.GetAsync(),
        CartOperation.AddItem => actor.AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("C", 50m), Quantity = 1 }] }),
        CartOperation.CancelLineItem => actor.CancelLineAsync(new CancelLineRequest { LineNo = 1 }),
        CartOperation.ChangeQuantity => actor.ChangeQuantityAsync(new ChangeQuantityRequest { LineNo = 1, Quantity = 5 }),
        CartOperation.ChangeUnitPrice => actor.ChangeUnitPriceAsync(new ChangeUnitPriceRequest { LineNo = 1, UnitPrice = 90m }),
        CartOperation.AddLineDiscount => actor.AddLineDiscountsAsync(new LineDiscountsRequest
        {
            LineNo = 1,
            Discounts = [new CartDiscountEntry { DiscountType = DiscountTypes.Amount, DiscountValue = 10m }],
        }),
        CartOperation.Subtotal => actor.SubtotalAsync(),
        CartOperation.AddSubtotalDiscount => actor.AddSubtotalDiscountsAsync(new SubtotalDiscountsRequest
        {
            Discounts = [new CartDiscountEntry { DiscountType = DiscountTypes.Amount, DiscountValue = 10m }],
        }),
        CartOperation.AddPayment => actor.AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 10m }] }),
        CartOperation.ResumeItemEntry => actor.ResumeItemEntryAsync(),
        CartOperation.Bill => actor.BillAsync(),
        CartOperation.Cancel => actor.CancelAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an operation of the cart actor."),
    };
}
