using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.Actors.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Calculation;

public class TaxCalculationTests
{
    [Fact]
    public void External_tax_is_added_on_top_of_the_total()
    {
        var cart = TestCarts.With((1000m, 1, "01"));

        var tax = Assert.Single(cart.Taxes);
        Assert.Equal((TaxTypes.External, 1000m, 100m, 1), (tax.TaxType, tax.TargetAmount, tax.TaxAmount, tax.TargetQuantity));
        Assert.Equal((1000m, 100m, 1100m, 1100m), (cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax, cart.BalanceAmount));
    }

    [Fact]
    public void Internal_tax_is_taken_out_of_the_price_and_not_added_to_the_total()
    {
        // 1100 / 1.1 x 0.1 = 100 (the original's test_internal_tax_basic).
        var cart = TestCarts.With((1100m, 1, "02"));

        var tax = Assert.Single(cart.Taxes);
        Assert.Equal((TaxTypes.Internal, 100m), (tax.TaxType, tax.TaxAmount));
        Assert.Equal((1100m, 0m, 1100m), (cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax));
    }

    [Fact]
    public void Eight_percent_taxes_are_rounded_down_to_whole_units()
    {
        // External: 1234 x 8 % = 98.72 -> 98. Internal: 1234 / 1.08 x 0.08 = 91.407... -> 91.
        var cart = TestCarts.With((1234m, 1, "11"), (1234m, 1, "12"));

        Assert.Equal([98m, 91m], cart.Taxes.Select(t => t.TaxAmount));
        Assert.Equal((2468m, 98m, 2566m), (cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax));
    }

    [Fact]
    public void Internal_ten_percent_of_1000_is_90_after_rounding_down()
    {
        // 1000 / 1.1 x 0.1 = 90.909...
        var cart = TestCarts.With((1000m, 1, "02"));

        Assert.Equal(90m, Assert.Single(cart.Taxes).TaxAmount);
    }

    [Fact]
    public void Lines_are_grouped_per_tax_code_in_the_order_the_codes_first_appear()
    {
        // 01: 1000 + 500 -> 150; 11: 500 x 3 -> 120; 02: 1100 -> 100; 00: 300 -> 0.
        var cart = TestCarts.With((1000m, 1, "01"), (500m, 3, "11"), (1100m, 1, "02"), (500m, 1, "01"), (300m, 1, "00"));

        Assert.Equal(
            [(1, "01", 1500m, 150m, 2), (2, "11", 1500m, 120m, 3), (3, "02", 1100m, 100m, 1), (4, "00", 300m, 0m, 1)],
            cart.Taxes.Select(t => (t.TaxNo ?? 0, t.TaxCode, t.TargetAmount, t.TaxAmount, t.TargetQuantity)));
        Assert.Equal(["外税10%", "外税 8%", "内税10%", "非課税"], cart.Taxes.Select(t => t.TaxName));
        Assert.Equal((4400m, 270m, 4670m, 7), (cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.Sales.TotalAmountWithTax, cart.Sales.TotalQuantity));
    }

    [Theory]
    [InlineData(RoundMethods.Floor, 98)]
    [InlineData(RoundMethods.Round, 99)]
    [InlineData(RoundMethods.Ceil, 99)]
    public void Each_tax_rounds_by_its_own_method(string method, int expected)
    {
        // 1234 x 8 % = 98.72
        var cart = TestCarts.With((1234m, 1, "11")) with
        {
            Masters = new CartMasters { Taxes = [TestCarts.DefaultTaxes[3] with { RoundMethod = method }] },
        };

        Assert.Equal(expected, Assert.Single(TestCarts.Calculator().Recalculate(cart).Taxes).TaxAmount);
    }

    [Fact]
    public void A_tax_with_round_digits_keeps_that_many_decimal_places()
    {
        // 1234 x 8 % = 98.72: two digits keep it; one digit, half up, gives 98.7.
        TaxMaster twoDigits = TestCarts.DefaultTaxes[3] with { RoundDigit = 2, RoundMethod = RoundMethods.Round };
        var cart = TestCarts.With((1234m, 1, "11")) with { Masters = new CartMasters { Taxes = [twoDigits] } };
        var oneDigit = cart with { Masters = new CartMasters { Taxes = [twoDigits with { RoundDigit = 1 }] } };

        Assert.Equal(98.72m, Assert.Single(TestCarts.Calculator().Recalculate(cart).Taxes).TaxAmount);
        Assert.Equal(98.7m, Assert.Single(TestCarts.Calculator().Recalculate(oneDigit).Taxes).TaxAmount);
    }

    [Fact]
    public void Cancelled_lines_pay_no_tax()
    {
        var cart = TestCarts.Editor().CancelLine(TestCarts.With((1000m, 1, "01"), (500m, 1, "01")), 2);

        var tax = Assert.Single(cart.Taxes);
        Assert.Equal((1000m, 100m), (tax.TargetAmount, tax.TaxAmount));
    }

    [Fact]
    public void An_empty_cart_has_no_taxes_and_nothing_to_pay()
    {
        var cart = TestCarts.Calculator().Recalculate(TestCarts.Empty());

        Assert.Empty(cart.Taxes);
        Assert.Equal((0m, 0m, 0m, 0), (cart.SubtotalAmount, cart.Sales.TotalAmountWithTax, cart.BalanceAmount, cart.Sales.TotalQuantity));
    }

    [Fact]
    public void A_line_whose_tax_code_the_cart_does_not_know_is_refused_naming_the_tax_code()
    {
        var refusal = Assert.Throws<CartRuleException>(() =>
            TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(TestCarts.Item("X", 100m, taxCode: "99"), 1)]));

        Assert.Equal((422, CartErrorCodes.ValidationError, "taxCode"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }
}
