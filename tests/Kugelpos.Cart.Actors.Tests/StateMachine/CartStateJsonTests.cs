using System.Text.Json;
using Kugelpos.Cart.Abstractions;

namespace Kugelpos.Cart.Actors.Tests.StateMachine;

public sealed class CartStateJsonTests
{
    [Theory]
    [InlineData(CartState.Initial, "\"Initial\"")]
    [InlineData(CartState.Idle, "\"Idle\"")]
    [InlineData(CartState.EnteringItem, "\"EnteringItem\"")]
    [InlineData(CartState.Paying, "\"Paying\"")]
    [InlineData(CartState.Completed, "\"Completed\"")]
    [InlineData(CartState.Cancelled, "\"Cancelled\"")]
    public void A_cart_state_travels_as_the_original_status_string(CartState state, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(state, JsonSerializerOptions.Web));
        Assert.Equal(state, JsonSerializer.Deserialize<CartState>(json, JsonSerializerOptions.Web));
    }
}
