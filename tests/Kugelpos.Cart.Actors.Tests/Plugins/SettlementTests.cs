using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.Tests.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

public class SettlementTests
{
    private static readonly CartSettlement Settlement = new(TestCarts.Calculator());

    [Fact]
    public async Task Stamp_duty_of_200_applies_from_50000_without_tax_paid_in_cash()
    {
        // The original's test_stamp_duty: 100 x 500 external 10 % = 50000 + 5000; cash 60000 pays 55000, change 5000.
        var cart = await Tenders.PayAsync(TestCarts.With((100m, 500, "01")), Tenders.Cash, 60000m);

        var billed = Settlement.PrepareBill(cart);

        Assert.Equal((true, 55000m, 200m), (billed.Sales.IsStampDutyApplied, billed.Sales.StampDutyTargetAmount, billed.Sales.StampDutyAmount));
        Assert.Equal((55000m, 5000m, 0m), (billed.Sales.TotalAmountWithTax, billed.Sales.ChangeAmount, billed.BalanceAmount));
    }

    [Fact]
    public async Task Internal_tax_does_not_count_towards_the_stamp_duty_threshold()
    {
        // 55000 internal 10 %: tax 5000, 50000 without tax -> applies; 54999: tax 4999, 50000 -> applies; 54998: 49999 -> not.
        Assert.True((await BilledInCash(55000m, "02")).Sales.IsStampDutyApplied);
        Assert.True((await BilledInCash(54999m, "02")).Sales.IsStampDutyApplied);
        var below = await BilledInCash(54998m, "02");
        Assert.Equal((false, 0m, 0m), (below.Sales.IsStampDutyApplied, below.Sales.StampDutyTargetAmount, below.Sales.StampDutyAmount));
    }

    [Fact]
    public async Task Stamp_duty_needs_the_threshold_paid_in_cash()
    {
        // 50000 external: 55000 to pay; 10000 cashless and 45000 cash: cash under 50000 -> no duty.
        var cart = TestCarts.With((50000m, 1, "01"));
        cart = await Tenders.PayAsync(cart, Tenders.Cashless, 10000m);
        cart = await Tenders.PayAsync(cart, Tenders.Cash, 45000m);

        Assert.False(Settlement.PrepareBill(cart).Sales.IsStampDutyApplied);
    }

    [Theory]
    [InlineData(1_000_000, 400)]
    [InlineData(3_000_000, 1_000)]
    [InlineData(100_000_000, 40_000)]
    [InlineData(1_200_000_000, 200_000)]
    public async Task The_highest_tier_both_amounts_reach_sets_the_duty(int price, int duty)
    {
        Assert.Equal(duty, (await BilledInCash(price, "00")).Sales.StampDutyAmount);
    }

    [Fact]
    public async Task The_bill_is_refused_while_a_balance_is_left()
    {
        var cart = await Tenders.PayAsync(TestCarts.With((100m, 3, "01")), Tenders.Cash, 300m);

        var refusal = Assert.Throws<CartRuleException>(() => Settlement.PrepareBill(cart));

        Assert.Equal((406, CartErrorCodes.BalanceGreaterThanZero, "balanceAmount"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Fact]
    public async Task Resuming_item_entry_drops_every_payment_and_the_change()
    {
        var cart = await Tenders.PayAsync(TestCarts.With((100m, 3, "01")), Tenders.Cash, 1000m);

        var resumed = Settlement.ClearPayments(cart);

        Assert.Empty(resumed.Payments);
        Assert.Equal((330m, 0m), (resumed.BalanceAmount, resumed.Sales.ChangeAmount));
    }

    private static async Task<CartDocument> BilledInCash(decimal price, string taxCode)
    {
        var cart = TestCarts.With((price, 1, taxCode));
        return Settlement.PrepareBill(await Tenders.PayAsync(cart, Tenders.Cash, cart.BalanceAmount));
    }
}
