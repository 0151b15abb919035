using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Calculation;

public class LineItemTests
{
    [Fact]
    public void Unit_price_is_the_one_asked_for_else_the_store_price_else_the_item_price()
    {
        var item = TestCarts.Item("A", 100m, storePrice: 90m);
        var plain = TestCarts.Item("B", 100m);

        var cart = TestCarts.Editor().AddItems(TestCarts.Empty(),
        [
            new ItemEntry(item, 1, 88m),
            new ItemEntry(item, 1),
            new ItemEntry(plain, 1),
            new ItemEntry(item, 1, 0m),
            new ItemEntry(TestCarts.Item("C", 70m, storePrice: 0m), 1),
        ]);

        Assert.Equal([88m, 90m, 100m, 90m, 70m], cart.LineItems.Select(l => l.UnitPrice));
        Assert.Equal([1, 2, 3, 4, 5], cart.LineItems.Select(l => l.LineNo));
    }

    [Fact]
    public void An_added_line_carries_the_item_data_and_the_item_joins_the_snapshot_once()
    {
        var item = TestCarts.Item("A", 100m, taxCode: "11", restricted: true, category: "007");

        var cart = TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(item, 2), new ItemEntry(item, 1)]);

        var line = cart.LineItems[0];
        Assert.Equal(("A", "007", "Item A", "A", "11", true), (line.ItemCode, line.CategoryCode, line.Description, line.DescriptionShort, line.TaxCode, line.IsDiscountRestricted));
        Assert.Equal(["detail of A"], line.ItemDetails);
        Assert.Equal(["https://img.example/A.png"], line.ImageUrls);
        Assert.Equal((0m, false, 200m), (line.UnitPriceOriginal, line.IsUnitPriceChanged, line.Amount));
        Assert.Equal(item, Assert.Single(cart.Masters.Items));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000)]
    public void A_quantity_out_of_range_is_refused_naming_the_quantity(int quantity)
    {
        var refusal = Assert.Throws<CartRuleException>(() =>
            TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(TestCarts.Item("A", 100m), quantity)]));

        Assert.Equal((422, CartErrorCodes.ValidationError, "quantity"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000)]
    public void A_unit_price_out_of_range_is_refused_naming_the_unit_price(int price)
    {
        var refusal = Assert.Throws<CartRuleException>(() =>
            TestCarts.Editor().AddItems(TestCarts.Empty(), [new ItemEntry(TestCarts.Item("A", 100m), 1, price)]));

        Assert.Equal((422, "unitPrice"), (refusal.StatusCode, refusal.Field));
    }

    [Fact]
    public void Changing_the_quantity_recalculates_amount_tax_and_totals()
    {
        var cart = TestCarts.Editor().ChangeQuantity(TestCarts.With((100m, 2, "01")), 1, 3);

        Assert.Equal((3, 300m), (cart.LineItems[0].Quantity, cart.LineItems[0].Amount));
        Assert.Equal((300m, 30m, 330m, 3), (cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.BalanceAmount, cart.Sales.TotalQuantity));
    }

    [Fact]
    public void The_first_unit_price_change_keeps_the_price_it_replaced()
    {
        var editor = TestCarts.Editor();

        var cart = editor.ChangeUnitPrice(editor.ChangeUnitPrice(TestCarts.With((100m, 2, "01")), 1, 95m), 1, 80m);

        var line = cart.LineItems[0];
        Assert.Equal((80m, 100m, true, 160m), (line.UnitPrice, line.UnitPriceOriginal, line.IsUnitPriceChanged, line.Amount));
    }

    [Fact]
    public void A_cancelled_line_stays_in_the_cart_out_of_every_total()
    {
        var cart = TestCarts.Editor().CancelLine(TestCarts.With((100m, 2, "01"), (50m, 1, "01")), 1);

        Assert.Equal([true, false], cart.LineItems.Select(l => l.IsCancelled));
        Assert.Equal((50m, 50m, 5m, 55m, 1), (cart.SubtotalAmount, cart.Sales.TotalAmount, cart.Sales.TaxAmount, cart.BalanceAmount, cart.Sales.TotalQuantity));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void An_unknown_line_is_refused_with_404_and_the_cart_is_unchanged(int lineNo)
    {
        var cart = TestCarts.With((100m, 2, "01"), (50m, 1, "01"));
        var before = System.Text.Json.JsonSerializer.Serialize(cart);
        var editor = TestCarts.Editor();

        foreach (var operation in new Action[]
        {
            () => editor.ChangeQuantity(cart, lineNo, 1),
            () => editor.ChangeUnitPrice(cart, lineNo, 1m),
            () => editor.CancelLine(cart, lineNo),
            () => editor.ReplaceLineDiscounts(cart, lineNo, [new RequestedDiscount(DiscountTypes.Amount, 1m)]),
        })
        {
            var refusal = Assert.Throws<CartRuleException>(operation);
            Assert.Equal((404, CartErrorCodes.ResourceNotFound, "lineNo"), (refusal.StatusCode, refusal.ErrorCode, refusal.Field));
        }

        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(cart));
    }
}
