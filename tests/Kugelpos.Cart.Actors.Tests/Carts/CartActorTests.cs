using System.Text.Json;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Actors.Tests.Plugins;

namespace Kugelpos.Cart.Actors.Tests.Carts;

public class CartActorTests
{
    private readonly CartActorFixture _fixture = new();

    [Fact]
    public async Task A_sale_runs_through_the_actor_with_hand_computed_totals()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest
        {
            Items =
            [
                new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 2 },
                new CartItemEntry { Item = TestCarts.Item("B", 300m), Quantity = 1 },
            ],
        });
        await _fixture.Activate().AddLineDiscountsAsync(new LineDiscountsRequest
        {
            LineNo = 1,
            Discounts = [new CartDiscountEntry { DiscountType = DiscountTypes.Amount, DiscountValue = 20m }],
        });
        await _fixture.Activate().SubtotalAsync();

        var paid = await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest
        {
            Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 1000m }],
        });

        // 100 x 2 - 20 = 180, + 300 = 480; external 10 %: 48; 528 paid with 1000: change 472.
        var cart = Assert.IsType<CartDocument>(paid.Cart);
        Assert.Null(paid.Refusal);
        Assert.Equal(CartState.Paying, cart.State);
        Assert.Equal([180m, 300m], cart.LineItems.Select(l => l.Amount));
        Assert.Equal(480m, cart.SubtotalAmount);
        Assert.Equal((48m, 528m), (cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax));
        Assert.Equal((472m, 0m), (cart.Sales.ChangeAmount, cart.BalanceAmount));
        Assert.Equal("01", Assert.Single(cart.Payments).PaymentCode);
        Assert.Equal(JsonSerializer.Serialize(cart), JsonSerializer.Serialize((await _fixture.Activate().GetAsync()).Cart));
    }

    [Fact]
    public async Task A_new_cart_is_idle_with_the_terminal_staff_and_taxes_it_was_created_for()
    {
        var reply = await _fixture.Activate().CreateAsync(CartActorFixture.Create);

        var cart = Assert.IsType<CartDocument>(reply.Cart);
        Assert.Equal((CartActorFixture.CartId, CartState.Idle, 9), (cart.CartId, cart.State, cart.TerminalNo));
        Assert.Equal("S001", cart.Staff?.Id);
        Assert.Equal(TestCarts.DefaultTaxes, cart.Masters.Taxes);
    }

    [Fact]
    public async Task Create_on_an_existing_cart_is_refused_and_the_cart_is_kept()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        var before = _fixture.StoredJson();

        var reply = await _fixture.Activate().CreateAsync(CartActorFixture.Create with { TerminalNo = 1 });

        Assert.Equal((400, CartState.Idle, "Create"), (reply.Refusal?.StatusCode, reply.Refusal?.State, reply.Refusal?.Operation));
        Assert.Equal(before, _fixture.StoredJson());
    }

    [Fact]
    public async Task Get_and_every_change_of_a_cart_that_does_not_exist_answer_not_found_and_store_nothing()
    {
        var get = await _fixture.Activate().GetAsync();
        var subtotal = await _fixture.Activate().SubtotalAsync();

        Assert.All([get.Refusal, subtotal.Refusal], r => Assert.Equal((404, CartErrorCodes.CartNotFound, "cartId"), (r?.StatusCode, r?.ErrorCode, r?.Field)));
        Assert.Null(_fixture.StoredJson());
        Assert.Equal(0, _fixture.State.SaveCount);
    }

    [Fact]
    public async Task A_bad_quantity_is_refused_naming_the_field_and_the_cart_is_left_as_stored()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 1 }] });
        var before = _fixture.StoredJson();
        var saves = _fixture.State.SaveCount;

        var reply = await _fixture.Activate().ChangeQuantityAsync(new ChangeQuantityRequest { LineNo = 1, Quantity = 0 });

        Assert.Null(reply.Cart);
        Assert.Equal((422, CartErrorCodes.ValidationError, "quantity"), (reply.Refusal?.StatusCode, reply.Refusal?.ErrorCode, reply.Refusal?.Field));
        Assert.Equal(before, _fixture.StoredJson());
        Assert.Equal(saves, _fixture.State.SaveCount);
    }

    [Fact]
    public async Task A_payment_code_without_a_plugin_is_refused_naming_the_payment_code()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 1 }] });
        var before = _fixture.StoredJson();

        var reply = await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest
        {
            Payments = [new CartPaymentEntry { Method = Tenders.Cash with { PaymentCode = "99" }, Amount = 110m }],
        });

        Assert.Equal("paymentCode", reply.Refusal?.Field);
        Assert.Equal(before, _fixture.StoredJson());
    }

    [Fact]
    public async Task Resuming_item_entry_drops_the_payments_and_goes_back_to_entering_items()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 3 }] });
        await _fixture.Activate().SubtotalAsync();
        await _fixture.Activate().AddPaymentsAsync(new AddPaymentsRequest { Payments = [new CartPaymentEntry { Method = Tenders.Cash, Amount = 100m }] });

        var resumed = Assert.IsType<CartDocument>((await _fixture.Activate().ResumeItemEntryAsync()).Cart);

        Assert.Equal(CartState.EnteringItem, resumed.State);
        Assert.Empty(resumed.Payments);
        Assert.Equal(330m, resumed.BalanceAmount);
    }
}
