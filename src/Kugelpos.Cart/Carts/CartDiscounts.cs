using Kugelpos.Actors.Contracts.Carts;

namespace Kugelpos.Cart.Carts;

/// <summary>Discount requests (validated) as the cart actor takes them.</summary>
internal static class CartDiscounts
{
    public static IReadOnlyList<CartDiscountEntry> Entries(IEnumerable<DiscountRequest> discounts) =>
        [.. discounts.Select(d => new CartDiscountEntry { DiscountType = d.DiscountType!, DiscountValue = d.DiscountValue!.Value, DiscountDetail = d.DiscountDetail })];
}
