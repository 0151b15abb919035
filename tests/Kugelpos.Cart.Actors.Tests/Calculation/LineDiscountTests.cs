using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Calculation;

public class LineDiscountTests
{
    private static CartDocument Discount(CartDocument cart, params RequestedDiscount[] discounts) =>
        TestCarts.Editor().ReplaceLineDiscounts(cart, 1, discounts);

    [Fact]
    public void A_fixed_discount_comes_off_the_line()
    {
        // 500 x 2 - 100 (the original's test_amount_discount).
        var cart = Discount(TestCarts.With((500m, 2, "01")), new RequestedDiscount(DiscountTypes.Amount, 100m, "10off"));

        var line = cart.LineItems[0];
        Assert.Equal(900m, line.Amount);
        var discount = Assert.Single(line.Discounts);
        Assert.Equal((1, DiscountTypes.Amount, 100m, 100m, "10off"), (discount.SeqNo ?? 0, discount.DiscountType, discount.DiscountValue, discount.DiscountAmount, discount.Detail));
        Assert.Equal((100m, 900m, 90m, 990m), (cart.Sales.TotalDiscountAmount, cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.BalanceAmount));
    }

    [Fact]
    public void A_percentage_is_taken_per_unit_then_multiplied_by_the_quantity()
    {
        // 10 % of 1000 = 100 per unit, x 2 = 200 (test_percentage_discount).
        var cart = Discount(TestCarts.With((1000m, 2, "01")), new RequestedDiscount(DiscountTypes.Percentage, 10m));

        Assert.Equal((200m, 1800m), (cart.LineItems[0].Discounts[0].DiscountAmount, cart.LineItems[0].Amount));
    }

    [Theory]
    [InlineData(RoundMethods.Round, 48, 417)]
    [InlineData(RoundMethods.Floor, 45, 420)]
    [InlineData(RoundMethods.Ceil, 48, 417)]
    public void The_percentage_per_unit_is_rounded_to_whole_units_before_the_quantity(string rounding, int discount, int amount)
    {
        // 10 % of 155 = 15.5 per unit: half up 16, down 15, up 16; x 3.
        var cart = TestCarts.Editor(rounding).ReplaceLineDiscounts(
            TestCarts.With(rounding, (155m, 3, "01")), 1, [new RequestedDiscount(DiscountTypes.Percentage, 10m)]);

        Assert.Equal((discount, amount), ((int)cart.LineItems[0].Discounts[0].DiscountAmount, (int)cart.LineItems[0].Amount));
    }

    [Theory]
    [InlineData(RoundMethods.Floor, 33, 67)]
    [InlineData(RoundMethods.Ceil, 34, 66)]
    [InlineData(RoundMethods.Round, 33, 67)]
    public void A_fractional_percentage_rounds_as_the_original(string rounding, int discount, int amount)
    {
        // 33.33 % of 100 (test_percentage_discount_floor_rounding / _ceil_rounding).
        var cart = TestCarts.Editor(rounding).ReplaceLineDiscounts(
            TestCarts.With(rounding, (100m, 1, "01")), 1, [new RequestedDiscount(DiscountTypes.Percentage, 33.33m)]);

        Assert.Equal((discount, amount), ((int)cart.LineItems[0].Discounts[0].DiscountAmount, (int)cart.LineItems[0].Amount));
    }

    [Fact]
    public void Percentages_apply_before_fixed_discounts_whatever_the_order_given()
    {
        // 1000: 50 fixed listed first, 10 % still of the full 1000 -> 1000 - 100 - 50 = 850.
        var cart = Discount(TestCarts.With((1000m, 1, "01")),
            new RequestedDiscount(DiscountTypes.Amount, 50m), new RequestedDiscount(DiscountTypes.Percentage, 10m));

        Assert.Equal([50m, 100m], cart.LineItems[0].Discounts.Select(d => d.DiscountAmount));
        Assert.Equal(850m, cart.LineItems[0].Amount);
    }

    [Fact]
    public void A_second_percentage_is_taken_from_what_the_first_left()
    {
        // 1000 x 2: 10 % -> 100 per unit; 5 % of 900 -> 45 per unit; 2000 - 200 - 90 = 1710.
        var cart = Discount(TestCarts.With((1000m, 2, "01")),
            new RequestedDiscount(DiscountTypes.Percentage, 10m), new RequestedDiscount(DiscountTypes.Percentage, 5m));

        Assert.Equal([200m, 90m], cart.LineItems[0].Discounts.Select(d => d.DiscountAmount));
        Assert.Equal(1710m, cart.LineItems[0].Amount);
    }

    [Fact]
    public void New_discounts_replace_the_old_ones()
    {
        var once = Discount(TestCarts.With((1000m, 1, "01")), new RequestedDiscount(DiscountTypes.Amount, 50m));

        var twice = Discount(once, new RequestedDiscount(DiscountTypes.Amount, 100m, "new"));

        var discount = Assert.Single(twice.LineItems[0].Discounts);
        Assert.Equal((100m, "new", 900m), (discount.DiscountValue, discount.Detail, twice.LineItems[0].Amount));
    }

    [Fact]
    public void A_fixed_discount_may_take_the_whole_line_but_no_more()
    {
        var cart = TestCarts.With((500m, 1, "01"));

        Assert.Equal(0m, Discount(cart, new RequestedDiscount(DiscountTypes.Amount, 500m)).LineItems[0].Amount);
        var refusal = Assert.Throws<CartRuleException>(() => Discount(cart, new RequestedDiscount(DiscountTypes.Amount, 600m)));
        Assert.Equal((400, CartErrorCodes.AmountLessThanDiscount, "discountValue"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Fact]
    public void A_fixed_discount_larger_than_what_the_percentage_left_is_refused()
    {
        // 500 - 50 % = 250 left; 300 fixed does not fit.
        var refusal = Assert.Throws<CartRuleException>(() => Discount(TestCarts.With((500m, 1, "01")),
            new RequestedDiscount(DiscountTypes.Percentage, 50m), new RequestedDiscount(DiscountTypes.Amount, 300m)));

        Assert.Equal(CartErrorCodes.AmountLessThanDiscount, refusal.ErrorCode);
    }

    [Fact]
    public void A_discount_restricted_item_refuses_discounts()
    {
        var cart = TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(TestCarts.Item("A", 100m, restricted: true), 1)]);

        var refusal = Assert.Throws<CartRuleException>(() => Discount(cart, new RequestedDiscount(DiscountTypes.Amount, 10m)));

        Assert.Equal((400, CartErrorCodes.DiscountRestriction, "lineNo"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Theory]
    [InlineData(DiscountTypes.Percentage, 110, "discountValue")]
    [InlineData(DiscountTypes.Percentage, -5, "discountValue")]
    [InlineData(DiscountTypes.Amount, -1, "discountValue")]
    [InlineData("UNKNOWN", 10, "discountType")]
    public void A_bad_discount_is_refused_naming_the_field_and_the_cart_is_unchanged(string type, int value, string field)
    {
        var cart = Discount(TestCarts.With((1000m, 1, "01")), new RequestedDiscount(DiscountTypes.Amount, 50m));
        var before = System.Text.Json.JsonSerializer.Serialize(cart);

        var refusal = Assert.Throws<CartRuleException>(() => Discount(cart, new RequestedDiscount(type, value)));

        Assert.Equal((422, CartErrorCodes.ValidationError, field), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(cart));
    }

    [Fact]
    public void Line_discounts_of_cancelled_lines_do_not_count_in_the_total_discount()
    {
        var editor = TestCarts.Editor();
        var cart = editor.ReplaceLineDiscounts(TestCarts.With((100m, 1, "01"), (50m, 1, "01")), 2, [new RequestedDiscount(DiscountTypes.Amount, 5m)]);

        Assert.Equal(5m, cart.Sales.TotalDiscountAmount);
        Assert.Equal(0m, editor.CancelLine(cart, 2).Sales.TotalDiscountAmount);
    }
}
