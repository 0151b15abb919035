using System.Text.Json;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.Tests.Calculation;
using Kugelpos.Cart.Plugins.Standard.Promotions;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Kugelpos.Cart.Actors.Tests.Plugins;

public class CategoryPromotionTests
{
    private static PromotedRecalculation Recalculation(params ISalesPromotionPlugin[] promotions) =>
        new(TestCarts.Calculator(), promotions, NullLogger<PromotedRecalculation>.Instance);

    private static CartDocument Cart(params (string Code, decimal Price, int Quantity, string Category, bool Restricted)[] items) =>
        TestCarts.Editor().AddItems(TestCarts.Empty(),
            [.. items.Select(i => new ItemEntry(TestCarts.Item(i.Code, i.Price, restricted: i.Restricted, category: i.Category), i.Quantity))]);

    [Fact]
    public async Task The_category_discount_takes_its_rate_off_each_unit()
    {
        // 100 x 2 at 10 % -> 20 off, 180 (the original's test_category_promo_discount_amount_calculation); tax 18.
        var context = new FakePromotionContext(FakePromotionContext.Category("P10", 10m, "001"));

        var cart = await Recalculation(new CategoryPromotion()).RecalculateAsync(Cart(("49-01", 100m, 2, "001", false)), context, CancellationToken.None);

        var discount = Assert.Single(cart.LineItems[0].Discounts);
        Assert.Equal((DiscountTypes.Percentage, 10m, 20m, "P10", CategoryPromotion.PromotionType, "Promotion P10"),
            (discount.DiscountType, discount.DiscountValue, discount.DiscountAmount, discount.PromotionCode, discount.PromotionType, discount.Detail));
        Assert.Equal((180m, 18m, 198m, 20m), (cart.LineItems[0].Amount, cart.Sales.TaxAmount, cart.BalanceAmount, cart.Sales.TotalDiscountAmount));
    }

    [Fact]
    public async Task The_highest_rate_of_the_category_wins()
    {
        var context = new FakePromotionContext(
            FakePromotionContext.Category("P10", 10m, "001"), FakePromotionContext.Category("P15", 15m, "001", "002"), FakePromotionContext.Category("P5", 5m, "001"));

        var cart = await Recalculation(new CategoryPromotion()).RecalculateAsync(Cart(("A", 200m, 1, "001", false)), context, CancellationToken.None);

        Assert.Equal(("P15", 30m, 170m), (cart.LineItems[0].Discounts[0].PromotionCode, cart.LineItems[0].Discounts[0].DiscountAmount, cart.LineItems[0].Amount));
    }

    [Fact]
    public async Task Restricted_items_other_categories_and_cancelled_lines_get_no_promotion()
    {
        var context = new FakePromotionContext(FakePromotionContext.Category("P10", 10m, "001"));
        var cart = TestCarts.Editor().CancelLine(
            Cart(("A", 100m, 1, "001", true), ("B", 100m, 1, "002", false), ("C", 100m, 1, "001", false), ("D", 100m, 1, "001", false)), 4);

        cart = await Recalculation(new CategoryPromotion()).RecalculateAsync(cart, context, CancellationToken.None);

        Assert.Equal([0, 0, 1, 0], cart.LineItems.Select(l => l.Discounts.Count));
    }

    [Fact]
    public async Task A_line_keeps_one_category_discount_however_often_the_cart_is_recalculated()
    {
        var context = new FakePromotionContext(FakePromotionContext.Category("P10", 10m, "001"));
        var recalculation = Recalculation(new CategoryPromotion());

        var cart = await recalculation.RecalculateAsync(Cart(("A", 100m, 1, "001", false)), context, CancellationToken.None);
        cart = await recalculation.RecalculateAsync(cart, context, CancellationToken.None);

        Assert.Single(cart.LineItems[0].Discounts);
        Assert.Equal(90m, cart.LineItems[0].Amount);
    }

    [Fact]
    public async Task A_manual_line_discount_replaces_the_promotion_which_comes_back_before_it()
    {
        // 1000: replaced by 100 fixed; the recalculation adds 10 % back: 1000 - 100 (10 %) - 100 = 800.
        var context = new FakePromotionContext(FakePromotionContext.Category("P10", 10m, "001"));
        var recalculation = Recalculation(new CategoryPromotion());
        var cart = await recalculation.RecalculateAsync(Cart(("A", 1000m, 1, "001", false)), context, CancellationToken.None);

        cart = TestCarts.Editor().ReplaceLineDiscounts(cart, 1, [new RequestedDiscount(DiscountTypes.Amount, 100m)]);
        Assert.Equal(900m, cart.LineItems[0].Amount);
        cart = await recalculation.RecalculateAsync(cart, context, CancellationToken.None);

        Assert.Equal([(DiscountTypes.Amount, 100m), (DiscountTypes.Percentage, 100m)], cart.LineItems[0].Discounts.Select(d => (d.DiscountType, d.DiscountAmount)));
        Assert.Equal(800m, cart.LineItems[0].Amount);
    }

    [Fact]
    public async Task A_promotion_whose_detail_does_not_read_is_skipped_and_the_others_still_apply()
    {
        var broken = FakePromotionContext.Category("BAD", 50m, "001") with { Detail = JsonSerializer.SerializeToElement(new { discountRate = "lots" }) };
        var context = new FakePromotionContext(broken, FakePromotionContext.Category("P10", 10m, "001"));

        var cart = await Recalculation(new CategoryPromotion()).RecalculateAsync(Cart(("A", 100m, 1, "001", false)), context, CancellationToken.None);

        Assert.Equal("P10", Assert.Single(cart.LineItems[0].Discounts).PromotionCode);
    }

    [Fact]
    public async Task A_failing_promotion_is_left_out_and_the_cart_is_still_calculated()
    {
        var failing = new Mock<ISalesPromotionPlugin>();
        failing.SetupGet(p => p.Phase).Returns(PromotionPhase.LineItem);
        failing.SetupGet(p => p.Code).Returns("failing");
        failing.Setup(p => p.ApplyAsync(It.IsAny<CartDocument>(), It.IsAny<IPromotionContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("master-data is down"));
        var context = new FakePromotionContext(FakePromotionContext.Category("P10", 10m, "001"));

        var cart = await Recalculation(failing.Object, new CategoryPromotion()).RecalculateAsync(Cart(("A", 100m, 1, "001", false)), context, CancellationToken.None);

        Assert.Equal((90m, 99m), (cart.LineItems[0].Amount, cart.BalanceAmount));
    }

    [Fact]
    public async Task A_subtotal_promotion_runs_after_the_first_calculation_and_the_cart_is_calculated_again()
    {
        // A subtotal promotion sees the calculated subtotal (1000) and gives 5 % of it.
        var subtotal = new Mock<ISalesPromotionPlugin>();
        subtotal.SetupGet(p => p.Phase).Returns(PromotionPhase.Subtotal);
        subtotal.Setup(p => p.ApplyAsync(It.IsAny<CartDocument>(), It.IsAny<IPromotionContext>(), It.IsAny<CancellationToken>()))
            .Returns((CartDocument c, IPromotionContext _, CancellationToken _) => ValueTask.FromResult(c with
            {
                SubtotalDiscounts = [new() { SeqNo = 1, DiscountType = DiscountTypes.Amount, DiscountValue = c.SubtotalAmount * 0.05m }],
            }));

        var cart = await Recalculation(subtotal.Object).RecalculateAsync(TestCarts.With((1000m, 1, "00")), new FakePromotionContext(), CancellationToken.None);

        Assert.Equal((50m, 950m, 950m), (cart.SubtotalDiscounts[0].DiscountAmount, cart.Sales.TotalAmount, cart.BalanceAmount));
        Assert.Equal(50m, cart.LineItems[0].DiscountsAllocated[0].DiscountAmount);
    }
}
