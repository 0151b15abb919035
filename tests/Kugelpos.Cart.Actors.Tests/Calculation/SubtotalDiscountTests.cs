using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Calculation;

public class SubtotalDiscountTests
{
    private static CartDocument Discount(CartDocument cart, string rounding, params RequestedDiscount[] discounts) =>
        new SubtotalDiscounter(TestCarts.Calculator(rounding)).Replace(cart, discounts);

    private static decimal[] Shares(CartDocument cart) =>
        [.. cart.LineItems.Select(l => l.DiscountsAllocated.Sum(d => d.DiscountAmount))];

    [Fact]
    public void A_fixed_discount_is_shared_in_proportion_to_the_line_amounts()
    {
        // 100 over 600 and 400 -> 60 and 40 (test_discount_allocated_to_line_items).
        var cart = Discount(TestCarts.With((600m, 1, "01"), (400m, 1, "11")), RoundMethods.Round,
            new RequestedDiscount(DiscountTypes.Amount, 100m, "cart100off"));

        Assert.Equal([60m, 40m], Shares(cart));
        var discount = Assert.Single(cart.SubtotalDiscounts);
        Assert.Equal((1, 100m, 100m, "cart100off"), (discount.SeqNo ?? 0, discount.DiscountValue, discount.DiscountAmount, discount.Detail));
        // Taxes on what is left of each line: 01 540 -> 54; 11 360 x 8 % = 28.8 -> 28.
        Assert.Equal([(540m, 54m), (360m, 28m)], cart.Taxes.Select(t => (t.TargetAmount, t.TaxAmount)));
        Assert.Equal((1000m, 900m, 82m, 982m, 100m), (cart.SubtotalAmount, cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax, cart.Sales.TotalDiscountAmount));
        Assert.Equal(982m, cart.BalanceAmount);
    }

    [Fact]
    public void What_rounding_down_leaves_goes_to_the_largest_line()
    {
        // 100 over 500 / 300 / 199 (999): 50.05 -> 50, 30.03 -> 30, 19.92 -> 19; the 1 left goes to the 500 line
        // (test_remainder_distributed_to_highest_amount_item).
        var cart = Discount(TestCarts.With(RoundMethods.Floor, (500m, 1, "01"), (300m, 1, "01"), (199m, 1, "01")), RoundMethods.Floor,
            new RequestedDiscount(DiscountTypes.Amount, 100m));

        Assert.Equal([51m, 30m, 19m], Shares(cart));
    }

    [Fact]
    public void Rounding_half_up_shares_the_same_discount_without_remainder()
    {
        // 50.05 -> 50, 30.03 -> 30, 19.92 -> 20.
        var cart = Discount(TestCarts.With((500m, 1, "01"), (300m, 1, "01"), (199m, 1, "01")), RoundMethods.Round,
            new RequestedDiscount(DiscountTypes.Amount, 100m));

        Assert.Equal([50m, 30m, 20m], Shares(cart));
    }

    [Fact]
    public void A_line_takes_at_most_its_quantity_of_the_remainder_and_the_rest_goes_to_the_next_largest()
    {
        // 10 over 300 / 300 / 301 / 2 (903), rounded down: 3.32 -> 3, 3.32 -> 3, 3.33 -> 3, 0.02 -> 0; 1 left -> 301 line.
        // 20 over the same: 6.64 -> 6, 6.64 -> 6, 6.66 -> 6, 0.04 -> 0; 2 left -> 301 line (qty 1) then first 300 line.
        var lines = TestCarts.With(RoundMethods.Floor, (300m, 1, "01"), (300m, 1, "01"), (301m, 1, "01"), (2m, 1, "01"));

        Assert.Equal([3m, 3m, 4m, 0m], Shares(Discount(lines, RoundMethods.Floor, new RequestedDiscount(DiscountTypes.Amount, 10m))));
        Assert.Equal([7m, 6m, 7m, 0m], Shares(Discount(lines, RoundMethods.Floor, new RequestedDiscount(DiscountTypes.Amount, 20m))));
    }

    [Fact]
    public void A_share_rounded_up_past_the_discount_is_taken_back_from_the_largest_line()
    {
        // 1 over 100 and 100: 0.5 -> 1 each is 2; ours takes 1 back from the first of the largest lines.
        var cart = Discount(TestCarts.With((100m, 1, "01"), (100m, 1, "01")), RoundMethods.Round,
            new RequestedDiscount(DiscountTypes.Amount, 1m));

        Assert.Equal([0m, 1m], Shares(cart));
    }

    [Fact]
    public void A_percentage_is_taken_of_the_lines_that_take_discounts_only()
    {
        // 10 % of 1000 (the restricted 500 line and the cancelled 700 line do not count) = 100, all on the 1000 line.
        var editor = TestCarts.Editor();
        var cart = editor.CancelLine(editor.AddItems(TestCarts.Empty(),
        [
            new ItemEntry(TestCarts.Item("A", 1000m, taxCode: "01"), 1),
            new ItemEntry(TestCarts.Item("B", 500m, taxCode: "11", restricted: true), 1),
            new ItemEntry(TestCarts.Item("C", 700m, taxCode: "01"), 1),
        ]), 3);

        cart = Discount(cart, RoundMethods.Round, new RequestedDiscount(DiscountTypes.Percentage, 10m, "10pct"));

        Assert.Equal(100m, Assert.Single(cart.SubtotalDiscounts).DiscountAmount);
        Assert.Equal([100m, 0m, 0m], Shares(cart));
        Assert.Empty(cart.LineItems[1].DiscountsAllocated);
        // 01: 1000 - 100 = 900 -> 90; 11: 500 -> 40.
        Assert.Equal([(900m, 90m), (500m, 40m)], cart.Taxes.Select(t => (t.TargetAmount, t.TaxAmount)));
        Assert.Equal((1500m, 1400m, 130m, 1530m), (cart.SubtotalAmount, cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.BalanceAmount));
    }

    [Fact]
    public void A_percentage_of_the_subtotal_is_rounded_to_whole_units()
    {
        // 10 % of 333 = 33.3 -> 33 rounded down (test_floor_rounding_for_cart_discount).
        var cart = Discount(TestCarts.With(RoundMethods.Floor, (333m, 1, "00")), RoundMethods.Floor,
            new RequestedDiscount(DiscountTypes.Percentage, 10m));

        Assert.Equal(33m, cart.SubtotalDiscounts[0].DiscountAmount);
        Assert.Equal(300m, cart.Sales.TotalAmount);
    }

    [Fact]
    public void Several_subtotal_discounts_each_keep_their_shares()
    {
        // 100 fixed -> 60 / 40; 10 % of 1000 = 100 -> 60 / 40; total 800.
        var cart = Discount(TestCarts.With((600m, 1, "00"), (400m, 1, "00")), RoundMethods.Round,
            new RequestedDiscount(DiscountTypes.Amount, 100m), new RequestedDiscount(DiscountTypes.Percentage, 10m));

        Assert.Equal([[60m, 60m], [40m, 40m]], cart.LineItems.Select(l => l.DiscountsAllocated.Select(d => d.DiscountAmount)));
        Assert.Equal([1, 2], cart.LineItems[0].DiscountsAllocated.Select(d => d.SeqNo ?? 0));
        Assert.Equal((800m, 200m), (cart.Sales.TotalAmount, cart.Sales.TotalDiscountAmount));
    }

    [Fact]
    public void New_subtotal_discounts_replace_the_old_ones_and_are_checked_without_them()
    {
        // Total with tax 1100; 1000 then replaced by 1100 fits although 1000 was already off.
        var first = Discount(TestCarts.With((1000m, 1, "00"), (100m, 1, "00")), RoundMethods.Round, new RequestedDiscount(DiscountTypes.Amount, 1000m));

        var second = Discount(first, RoundMethods.Round, new RequestedDiscount(DiscountTypes.Amount, 1100m));

        Assert.Equal(1100m, Assert.Single(second.SubtotalDiscounts).DiscountAmount);
        Assert.Equal(0m, second.BalanceAmount);
    }

    [Fact]
    public void Discounts_adding_up_to_more_than_the_balance_are_refused_and_the_cart_is_unchanged()
    {
        var cart = TestCarts.With((500m, 1, "01"));
        var before = System.Text.Json.JsonSerializer.Serialize(cart);

        var alone = Assert.Throws<CartRuleException>(() => Discount(cart, RoundMethods.Round, new RequestedDiscount(DiscountTypes.Amount, 600m)));
        var together = Assert.Throws<CartRuleException>(() => Discount(cart, RoundMethods.Round,
            new RequestedDiscount(DiscountTypes.Amount, 300m), new RequestedDiscount(DiscountTypes.Amount, 300m)));

        Assert.Equal((400, CartErrorCodes.BalanceLessThanDiscount, "discountValue"), (alone.StatusCode, alone.ErrorCode, alone.Field));
        Assert.Equal(CartErrorCodes.BalanceLessThanDiscount, together.ErrorCode);
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(cart));
    }

    [Fact]
    public void A_subtotal_discount_no_line_can_take_is_refused_as_an_allocation_error()
    {
        var cart = TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(TestCarts.Item("A", 500m, restricted: true), 1)]);

        var refusal = Assert.Throws<CartRuleException>(() => Discount(cart, RoundMethods.Round, new RequestedDiscount(DiscountTypes.Amount, 100m)));

        Assert.Equal((400, CartErrorCodes.DiscountAllocationError), (refusal.StatusCode, refusal.ErrorCode));
    }

    [Theory]
    [InlineData(DiscountTypes.Percentage, 101, "discountValue")]
    [InlineData(DiscountTypes.Amount, -1, "discountValue")]
    [InlineData("Coupon", 10, "discountType")]
    public void A_bad_subtotal_discount_is_refused_naming_the_field(string type, int value, string field)
    {
        var refusal = Assert.Throws<CartRuleException>(() => Discount(TestCarts.With((500m, 1, "01")), RoundMethods.Round, new RequestedDiscount(type, value)));

        Assert.Equal((422, field), (refusal.StatusCode, refusal.Field));
    }

    [Fact]
    public void Shares_follow_a_line_changed_after_the_discount()
    {
        // 100 over 600 / 400, then the 400 line becomes 800: 100 x 600 / 1400 = 42.86 -> 43, 57.14 -> 57.
        var calculator = TestCarts.Calculator();
        var cart = new SubtotalDiscounter(calculator).Replace(TestCarts.With((600m, 1, "00"), (400m, 1, "00")), [new RequestedDiscount(DiscountTypes.Amount, 100m)]);

        cart = new CartLineEditor(calculator).ChangeQuantity(cart, 2, 2);

        Assert.Equal([43m, 57m], Shares(cart));
        Assert.Equal(1300m, cart.Sales.TotalAmount);
    }
}
