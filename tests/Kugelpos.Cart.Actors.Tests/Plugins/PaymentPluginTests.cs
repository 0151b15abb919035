using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Plugins.Standard.Payments;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

public class PaymentPluginTests
{
    // 100 x 3 external 10 % -> 330 to pay.
    private static CartDocument Cart330() => TestCarts.With((100m, 3, "01"));

    [Fact]
    public async Task Cash_over_the_balance_pays_the_balance_and_records_the_change()
    {
        var cart = await Tenders.PayAsync(Cart330(), Tenders.Cash, 1000m, "Cash payment");

        var payment = Assert.Single(cart.Payments);
        Assert.Equal((1, "01", "現金", 1000m, 330m, "Cash payment"), (payment.PaymentNo ?? 0, payment.PaymentCode, payment.Description, payment.DepositAmount, payment.Amount, payment.Detail));
        Assert.Equal((0m, 670m), (cart.BalanceAmount, cart.Sales.ChangeAmount));
        Assert.Equal(0m, TestCarts.Calculator().Recalculate(cart).BalanceAmount);
    }

    [Fact]
    public async Task Several_payments_bring_the_balance_down_in_turn_and_cash_gives_the_change()
    {
        // 100 x 10 = 1000 + 100 tax = 1100: others 300, cashless 500, cash 1000 -> 300 counts, change 700.
        var cart = TestCarts.With((100m, 10, "01"));

        cart = await Tenders.PayAsync(cart, Tenders.Others, 300m);
        cart = await Tenders.PayAsync(cart, Tenders.Cashless, 500m);
        cart = await Tenders.PayAsync(cart, Tenders.Cash, 1000m);

        Assert.Equal([(1, "12", 300m, 300m), (2, "11", 500m, 500m), (3, "01", 1000m, 300m)],
            cart.Payments.Select(p => (p.PaymentNo ?? 0, p.PaymentCode, p.DepositAmount, p.Amount)));
        Assert.Equal((0m, 700m), (cart.BalanceAmount, cart.Sales.ChangeAmount));
    }

    [Fact]
    public async Task Cash_below_the_balance_leaves_the_rest_to_pay_and_no_change()
    {
        var cart = await Tenders.PayAsync(Cart330(), Tenders.Cash, 50m);

        Assert.Equal((50m, 280m, 0m), (cart.Payments[0].Amount, cart.BalanceAmount, cart.Sales.ChangeAmount));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("12")]
    public async Task Cashless_and_others_take_at_most_the_balance(string code)
    {
        var method = code == "11" ? Tenders.Cashless : Tenders.Others;

        var exact = await Tenders.PayAsync(Cart330(), method, 330m);
        var refusal = await Assert.ThrowsAsync<CartRuleException>(() => Tenders.PayAsync(Cart330(), method, 331m));

        Assert.Equal(0m, exact.BalanceAmount);
        Assert.Equal((406, CartErrorCodes.DepositOver, "amount"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Fact]
    public async Task No_payment_is_taken_when_less_than_one_is_left_to_pay()
    {
        var paid = await Tenders.PayAsync(Cart330(), Tenders.Cash, 330m);

        var refusal = await Assert.ThrowsAsync<CartRuleException>(() => Tenders.PayAsync(paid, Tenders.Cash, 10m));

        Assert.Equal((406, CartErrorCodes.BalanceZero), (refusal.StatusCode, refusal.ErrorCode));
    }

    [Fact]
    public async Task A_payment_method_that_is_switched_off_is_refused_naming_the_payment_code()
    {
        var refusal = await Assert.ThrowsAsync<CartRuleException>(() => Tenders.PayAsync(Cart330(), Tenders.Cash with { IsActive = false }, 330m));

        Assert.Equal((400, CartErrorCodes.InvalidOperation, "paymentCode"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public async Task A_payment_of_zero_or_less_is_refused_and_the_cart_is_unchanged(int amount)
    {
        var cart = Cart330();

        var refusal = await Assert.ThrowsAsync<CartRuleException>(() => Tenders.PayAsync(cart, Tenders.Cash, amount));

        Assert.Equal((422, "amount"), (refusal.StatusCode, refusal.Field));
        Assert.Empty(cart.Payments);
        Assert.Equal(330m, cart.BalanceAmount);
    }

    [Fact]
    public async Task A_refund_with_a_standard_method_leaves_the_cart_as_it_is()
    {
        var cart = Cart330();

        var refunded = await new CashPayment().RefundAsync(cart, new(Tenders.Cash, 330m, null), CancellationToken.None);

        Assert.Same(cart, refunded);
    }

    [Fact]
    public void The_standard_methods_answer_to_their_standard_codes_unless_configured_otherwise()
    {
        Assert.Equal(["01", "11", "12", "21"], new[] { new CashPayment().Code, new CashlessPayment().Code, new OthersPayment().Code, new CashlessPayment(new SalesPluginArguments("21")).Code });
    }
}
