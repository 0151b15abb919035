using System.Net;
using System.Text.Json;
using Kugelpos.Cart.Tests.Support;

namespace Kugelpos.Cart.Tests.Carts;

/// <summary>Bad input and refused operations: each a 4xx envelope naming the field or the state, the cart read back unchanged.</summary>
public sealed class CartRefusalTests(CartWithMasterData system) : IClassFixture<CartWithMasterData>
{
    private static string Code(JsonElement envelope) => envelope.GetProperty("userError").GetProperty("code").GetString()!;

    /// <summary>A device with a cart holding one line of item A, in item entry.</summary>
    private async Task<(PosDevice Pos, string CartId, string Before)> CartWithALineAsync()
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var cartId = await pos.CreateCartAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/lineItems", new[] { new { itemCode = "A", quantity = 1 } });
        return (pos, cartId, await pos.ReadBackAsync(cartId));
    }

    public static TheoryData<string, string, string, string> BadNumbers => new()
    {
        { "POST", "/lineItems", """[{"itemCode":"A","quantity":0}]""", "quantity" },
        { "POST", "/lineItems", """[{"itemCode":"A","quantity":-1}]""", "quantity" },
        { "POST", "/lineItems", """[{"itemCode":"A","quantity":100000}]""", "quantity" },
        { "POST", "/lineItems", """[{"itemCode":"A","quantity":1,"unitPrice":-5}]""", "unitPrice" },
        { "POST", "/lineItems", """[{"itemCode":"A","quantity":1,"unitPrice":100000000}]""", "unitPrice" },
        { "PATCH", "/lineItems/1/quantity", """{"quantity":0}""", "quantity" },
        { "PATCH", "/lineItems/1/quantity", """{"quantity":-3}""", "quantity" },
        { "PATCH", "/lineItems/1/quantity", """{"quantity":99999999999}""", "quantity" },
        { "PATCH", "/lineItems/1/unitPrice", """{"unitPrice":-1}""", "unitPrice" },
        { "PATCH", "/lineItems/1/unitPrice", """{"unitPrice":1e40}""", "unitPrice" },
        { "PATCH", "/lineItems/1/unitPrice", """{}""", "unitPrice" },
        { "POST", "/lineItems/1/discounts", """[{"discountType":"DiscountPercentage","discountValue":101}]""", "discountValue" },
        { "POST", "/lineItems/1/discounts", """[{"discountType":"DiscountAmount","discountValue":-1}]""", "discountValue" },
        { "POST", "/lineItems/1/discounts", """[{"discountType":"Whatever","discountValue":1}]""", "discountType" },
        { "POST", "/lineItems", """[{"quantity":1}]""", "[0].itemCode" },
    };

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public async Task A_bad_number_is_a_422_naming_its_field_and_the_cart_is_unchanged(string method, string rest, string body, string field)
    {
        var (pos, cartId, before) = await CartWithALineAsync();

        var (status, envelope) = await pos.SendAsync(new HttpMethod(method), $"/api/v1/carts/{cartId}{rest}", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(Json.ErrorFields(envelope), f => f.EndsWith(field, StringComparison.Ordinal));
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Theory]
    [InlineData("/lineItems", "[{\"itemCode\":\"A\",")]
    [InlineData("/lineItems/1/quantity", "{quantity: 2}")]
    [InlineData("/payments", "not json")]
    public async Task Malformed_json_is_a_400_and_the_cart_is_unchanged(string rest, string body)
    {
        var (pos, cartId, before) = await CartWithALineAsync();
        var method = rest.EndsWith("quantity", StringComparison.Ordinal) ? HttpMethod.Patch : HttpMethod.Post;

        var (status, envelope) = await pos.SendAsync(method, $"/api/v1/carts/{cartId}{rest}", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(envelope.GetProperty("success").GetBoolean());
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task An_unknown_item_is_a_404_naming_the_item_code_and_adds_nothing()
    {
        var (pos, cartId, before) = await CartWithALineAsync();

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems", new[] { new { itemCode = "A", quantity = 1 }, new { itemCode = "NOPE", quantity = 1 } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("402001", Code(envelope));
        Assert.Equal(["itemCode"], Json.ErrorFields(envelope));
        Assert.Contains("NOPE", envelope.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task An_unknown_payment_code_is_a_404_naming_it_and_takes_nothing()
    {
        var (pos, cartId, _) = await CartWithALineAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        var before = await pos.ReadBackAsync(cartId);

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/payments", new[] { new { paymentCode = "99", amount = 100 } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["paymentCode"], Json.ErrorFields(envelope));
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task A_card_payment_over_the_balance_is_refused_with_the_originals_code()
    {
        var (pos, cartId, _) = await CartWithALineAsync();
        await pos.CartAsync(HttpMethod.Post, cartId, "/subtotal");
        var before = await pos.ReadBackAsync(cartId);

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/payments", new[] { new { paymentCode = "11", amount = 5000 } });

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
        Assert.Equal("403004", Code(envelope));
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task An_operation_the_state_refuses_is_a_400_naming_the_state_and_changes_nothing()
    {
        var (pos, cartId, before) = await CartWithALineAsync();

        var (status, envelope) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/discounts", new[] { new { discountType = "DiscountAmount", discountValue = 10 } });
        var (resumeStatus, _) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/resume-item-entry");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("300004", Code(envelope));
        Assert.Equal(["status"], Json.ErrorFields(envelope));
        Assert.Contains("EnteringItem", envelope.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, resumeStatus);
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Fact]
    public async Task A_line_the_cart_does_not_have_is_a_404_naming_the_line()
    {
        var (pos, cartId, before) = await CartWithALineAsync();

        var (status, envelope) = await pos.SendAsync(HttpMethod.Patch, $"/api/v1/carts/{cartId}/lineItems/7/quantity", new { quantity = 2 });
        var (cancelStatus, _) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/lineItems/0/cancel");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(["lineNo"], Json.ErrorFields(envelope));
        Assert.Equal(HttpStatusCode.NotFound, cancelStatus);
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }

    [Theory]
    [InlineData("nothing-like-a-cart")]
    [InlineData("{terminal}-0123456789abcdef0123456789abcdef")]
    public async Task An_unknown_cart_is_a_404_with_the_originals_code(string cartId)
    {
        var pos = await PosDevice.OpenAsync(system, await system.NewShopAsync());
        var id = cartId.Replace("{terminal}", pos.TerminalId, StringComparison.Ordinal);

        var (status, envelope) = await pos.SendAsync(HttpMethod.Get, $"/api/v1/carts/{id}");
        var (addStatus, _) = await pos.SendAsync(HttpMethod.Post, $"/api/v1/carts/{id}/lineItems", new[] { new { itemCode = "A", quantity = 1 } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("401002", Code(envelope));
        Assert.Equal(HttpStatusCode.NotFound, addStatus);
    }

    [Fact]
    public async Task A_cart_of_another_tenant_or_terminal_is_not_found_and_left_alone()
    {
        var (pos, cartId, before) = await CartWithALineAsync();
        var tenant = pos.TerminalId.Split('-')[0];
        var neighbour = await PosDevice.OpenAsync(system, tenant, terminalNo: 2);
        var stranger = await PosDevice.OpenAsync(system, await system.NewShopAsync());

        var (neighbourStatus, neighbourEnvelope) = await neighbour.SendAsync(HttpMethod.Post, $"/api/v1/carts/{cartId}/cancel");
        var (strangerStatus, strangerEnvelope) = await stranger.SendAsync(HttpMethod.Get, $"/api/v1/carts/{cartId}");
        using var otherUser = await system.Cart.SendAsync(
            HttpMethod.Post, $"/api/v1/carts/{cartId}/subtotal?terminal_id={pos.TerminalId}", bearer: system.Cart.UserToken("T9999"));

        Assert.Equal((HttpStatusCode.NotFound, "401002"), (neighbourStatus, Code(neighbourEnvelope)));
        Assert.Equal((HttpStatusCode.NotFound, "401002"), (strangerStatus, Code(strangerEnvelope)));
        Assert.Equal(HttpStatusCode.BadRequest, otherUser.StatusCode);
        Assert.Equal(before, await pos.ReadBackAsync(cartId));
    }
}
