using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>Sales through the cart endpoints, with totals computed by hand.</summary>
public sealed class CartSaleTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    private static decimal Money(JsonElement cart, string name) => cart.GetProperty(name).GetDecimal();

    private static JsonElement Line(JsonElement cart, int lineNo) => cart.GetProperty("lineItems")[lineNo - 1];

    [Fact]
    public async Task A_whole_sale_totals_as_computed_by_hand()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();

        // A: 2 x 1000 = 2000, external tax; B: 1 x 540 (the store's price), internal tax.
        var entered = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new object[] { new { itemCode = "A", quantity = 2 }, new { itemCode = "B", quantity = 1 } });
        // 200 off line 1: 1800.
        var discounted = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems/1/discounts", new[] { new { discountType = "DiscountAmount", discountValue = 200 } });
        var paying = await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        // 234 off the subtotal of 2340, shared 1800:540 -> 180 and 54. Tax: (1800 - 180) x 10 % = 162 on top;
        // (540 - 54) / 1.1 x 10 % = 44.18, rounded down to 44, inside. Total 2340 - 234 = 2106, with tax 2268.
        var subtotalDiscounted = await pos.CartAsync(HttpMethod.Post, cartId, "/discounts", new[] { new { discountType = "DiscountAmount", discountValue = 234 } });
        var card = await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "11", amount = 1000 } });
        var paid = await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "01", amount = 2000 } });

        Assert.Equal("EnteringItem", entered.GetProperty("cartStatus").GetString());
        Assert.Equal([1000m, 540m], [Money(Line(entered, 1), "unitPrice"), Money(Line(entered, 2), "unitPrice")]);
        Assert.Equal(2540m, Money(entered, "subtotalAmount"));
        Assert.Equal(1800m, Money(Line(discounted, 1), "amount"));
        Assert.Equal(2340m, Money(discounted, "totalAmount"));
        Assert.Equal("Paying", paying.GetProperty("cartStatus").GetString());
        Assert.Equal(2106m, Money(subtotalDiscounted, "totalAmount"));
        Assert.Equal(2268m, Money(subtotalDiscounted, "totalAmountWithTax"));
        Assert.Equal(434m, Money(subtotalDiscounted, "totalDiscountAmount"));
        Assert.Equal([162m, 44m], [.. subtotalDiscounted.GetProperty("taxes").EnumerateArray().Select(t => t.GetProperty("taxAmount").GetDecimal())]);
        Assert.Equal([1620m, 486m], [.. subtotalDiscounted.GetProperty("taxes").EnumerateArray().Select(t => t.GetProperty("targetAmount").GetDecimal())]);
        Assert.Equal(2268m, Money(subtotalDiscounted, "balanceAmount"));
        Assert.Equal(1268m, Money(card, "balanceAmount"));
        Assert.Equal(0m, Money(paid, "balanceAmount"));
        Assert.Equal(732m, Money(paid, "changeAmount"));
        Assert.Equal(3000m, Money(paid, "depositAmount"));
        Assert.Equal(["11", "01"], [.. paid.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("paymentCode").GetString()!)]);
        Assert.Equal([1000m, 1268m], [.. paid.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("paymentAmount").GetDecimal())]);
        Assert.Equal(3, paid.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(paid.GetRawText(), await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task A_new_cart_is_idle_at_its_terminal_with_no_numbers_yet()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());

        var (status, created) = await pos.SendAsync(HttpMethod.Post, "/api/v1/carts", new { userId = "u1", userName = "Ute" });
        var cartId = created.GetProperty("data").GetProperty("cartId").GetString()!;
        var (_, read) = await pos.SendAsync(HttpMethod.Get, $"/api/v1/carts/{cartId}");
        var cart = read.GetProperty("data");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal($"Cart Created. cart_id: {cartId}", created.GetProperty("message").GetString());
        Assert.Equal("create_cart", created.GetProperty("operation").GetString());
        Assert.StartsWith(pos.TerminalId + "-", cartId, StringComparison.Ordinal);
        Assert.Equal(("get_cart", $"Cart found. cart_id: {cartId}"), (read.GetProperty("operation").GetString(), read.GetProperty("message").GetString()));
        Assert.Equal(("Idle", cartId), (cart.GetProperty("cartStatus").GetString(), cart.GetProperty("cartId").GetString()));
        Assert.Equal((-1, -1, 101), (cart.GetProperty("transactionNo").GetInt32(), cart.GetProperty("receiptNo").GetInt32(), cart.GetProperty("transactionType").GetInt32()));
        Assert.Equal(("S001", "Alice"), (cart.GetProperty("staff").GetProperty("id").GetString(), cart.GetProperty("staff").GetProperty("name").GetString()));
        Assert.Equal(("S01", 1), (cart.GetProperty("storeCode").GetString(), cart.GetProperty("terminalNo").GetInt32()));
        Assert.Equal(0, cart.GetProperty("lineItems").GetArrayLength());
    }

    [Fact]
    public async Task The_price_is_the_requests_else_the_stores_else_the_items()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();

        var cart = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new object[]
        {
            new { itemCode = "A", quantity = 1 },
            new { itemCode = "B", quantity = 1 },
            new { itemCode = "B", quantity = 1, unitPrice = 333 },
        });

        Assert.Equal([1000m, 540m, 333m], [.. cart.GetProperty("lineItems").EnumerateArray().Select(l => l.GetProperty("unitPrice").GetDecimal())]);
        Assert.Equal("Item A", Line(cart, 1).GetProperty("itemName").GetString());
    }

    [Fact]
    public async Task Bodies_are_read_in_snake_case_too()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();

        var cart = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { item_code = "A", quantity = 1, unit_price = 700 } });
        var discounted = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems/1/discounts", new[] { new { discount_type = "DiscountAmount", discount_value = 100 } });

        Assert.Equal(700m, Money(Line(cart, 1), "unitPrice"));
        Assert.Equal(600m, Money(Line(discounted, 1), "amount"));
    }

    [Fact]
    public async Task A_line_takes_a_new_quantity_a_new_price_a_percentage_discount_and_a_cancel()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new object[] { new { itemCode = "A", quantity = 1 }, new { itemCode = "B", quantity = 1 } });

        var (_, quantityEnvelope) = await pos.SendAsync(HttpMethod.Patch, $"/api/v1/carts/{cartId}/lineItems/1/quantity", new { quantity = 3 });
        var priced = await pos.CartAsync(HttpMethod.Patch, cartId, "/lineItems/1/unitPrice", new { unitPrice = 800 });
        // 15 % of 800 = 120 per unit, times 3: 360 off 2400.
        var discounted = await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems/1/discounts", new[] { new { discountType = "DiscountPercentage", discountValue = 15 } });
        var (_, cancelEnvelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems/2/cancel");
        var cancelled = cancelEnvelope.GetProperty("data");

        Assert.Equal(3000m, Money(Line(quantityEnvelope.GetProperty("data"), 1), "amount"));
        Assert.Equal(("update_item_quantity", $"Quantity updated. cart_id: {cartId}, line_no: 1"),
            (quantityEnvelope.GetProperty("operation").GetString(), quantityEnvelope.GetProperty("message").GetString()));
        Assert.True(Line(priced, 1).GetProperty("isUnitPriceChanged").GetBoolean());
        Assert.Equal((800m, 1000m, 2400m), (Money(Line(priced, 1), "unitPrice"), Money(Line(priced, 1), "unitPriceOriginal"), Money(Line(priced, 1), "amount")));
        Assert.Equal((2040m, 360m), (Money(Line(discounted, 1), "amount"), Line(discounted, 1).GetProperty("discounts")[0].GetProperty("discountAmount").GetDecimal()));
        Assert.Equal("cancel_line_item", cancelEnvelope.GetProperty("operation").GetString());
        Assert.True(Line(cancelled, 2).GetProperty("isCancelled").GetBoolean());
        Assert.Equal(2040m, Money(cancelled, "subtotalAmount"));
    }

    [Fact]
    public async Task Resume_item_entry_drops_the_payments_and_a_cancelled_cart_is_read_only()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        await pos.CartAsync(HttpMethod.Post, cartId, "/payments", new[] { new { paymentCode = "11", amount = 500 } });

        var resumed = await pos.CartAsync(HttpMethod.Post, cartId, "/resume-item-entry");
        var cancelled = await pos.CartAsync(HttpMethod.Post, cartId, "/cancel");
        var (status, refused) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems", new[] { new { itemCode = "A", quantity = 1 } });

        Assert.Equal(("EnteringItem", 0, 1100m), (resumed.GetProperty("cartStatus").GetString(), resumed.GetProperty("payments").GetArrayLength(), Money(resumed, "balanceAmount")));
        Assert.Equal("Cancelled", cancelled.GetProperty("cartStatus").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("300004", refused.GetProperty("userError").GetProperty("code").GetString());
        Assert.Equal(cancelled.GetRawText(), await pos.ReadBackAsync(cartId));
    }
}
