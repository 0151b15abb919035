using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Cart.Actors.Tests.Calculation;

namespace Kugelpos.Cart.Actors.Tests.Carts;

public class CartActorStateTtlTests
{
    private readonly CartActorFixture _fixture = new();

    [Fact]
    public void The_cart_is_kept_ten_hours()
    {
        Assert.Equal(36000, CartActor.StateTtl.TotalSeconds);
    }

    [Fact]
    public async Task An_untouched_cart_expires_after_its_ttl()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);

        _fixture.Time.Advance(CartActor.StateTtl - TimeSpan.FromSeconds(1));
        var kept = await _fixture.Activate().GetAsync();
        _fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await _fixture.Activate().GetAsync();

        Assert.NotNull(kept.Cart);
        Assert.Equal(404, expired.Refusal?.StatusCode);
    }

    [Fact]
    public async Task Every_change_saves_the_cart_with_its_ttl_renewed()
    {
        await _fixture.Activate().CreateAsync(CartActorFixture.Create);
        _fixture.Time.Advance(TimeSpan.FromHours(9));
        await _fixture.Activate().AddItemsAsync(new AddItemsRequest { Items = [new CartItemEntry { Item = TestCarts.Item("A", 100m), Quantity = 1 }] });
        _fixture.Time.Advance(TimeSpan.FromHours(9));
        await _fixture.Activate().SubtotalAsync();

        _fixture.Time.Advance(CartActor.StateTtl - TimeSpan.FromSeconds(1));
        var kept = await _fixture.Activate().GetAsync();
        _fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await _fixture.Activate().GetAsync();

        Assert.Equal(Kugelpos.Cart.Abstractions.CartState.Paying, kept.Cart?.State);
        Assert.Equal(404, expired.Refusal?.StatusCode);
    }
}
