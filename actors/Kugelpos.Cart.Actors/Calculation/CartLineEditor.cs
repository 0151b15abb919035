using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Calculation;

/// <summary>
/// The line operations of cart_service.py: add items, change a quantity or a unit price, cancel a line,
/// replace a line's discounts. Each returns the recalculated cart, or refuses with a
/// <see cref="CartRuleException"/> and leaves the cart it was given as it was.
/// </summary>
/// <param name="calculator">The cart calculation.</param>
public sealed class CartLineEditor(CartCalculator calculator)
{
    private readonly CartCalculator _calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));

    /// <summary>
    /// Adds lines. Unit price: the one asked for, else the store's price, else the item's (a price of 0
    /// counts as none, as in the original). The item joins the cart's item snapshot.
    /// </summary>
    /// <param name="cart">The cart.</param>
    /// <param name="entries">The items, in order.</param>
    public CartDocument AddItems(CartDocument cart, IReadOnlyList<ItemEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(entries);
        var lines = cart.LineItems.ToList();
        var items = cart.Masters.Items.ToList();
        foreach (var entry in entries)
        {
            ValidateQuantity(entry.Quantity);
            if (entry.UnitPrice is { } asked)
            {
                ValidateUnitPrice(asked);
            }

            var item = entry.Item;
            lines.Add(new CartLineItem
            {
                LineNo = lines.Count + 1,
                ItemCode = item.ItemCode,
                CategoryCode = item.CategoryCode,
                Description = item.Description,
                DescriptionShort = item.DescriptionShort,
                UnitPrice = entry.UnitPrice is { } price && price != 0m ? price
                    : item.StorePrice is { } storePrice && storePrice != 0m ? storePrice
                    : item.UnitPrice,
                Quantity = entry.Quantity,
                TaxCode = item.TaxCode,
                IsDiscountRestricted = item.IsDiscountRestricted,
                ItemDetails = item.ItemDetails,
                ImageUrls = item.ImageUrls,
            });
            if (!items.Exists(i => i.ItemCode == item.ItemCode))
            {
                items.Add(item);
            }
        }

        return _calculator.Recalculate(cart with { LineItems = lines, Masters = cart.Masters with { Items = items } });
    }

    /// <summary>Changes a line's quantity.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="lineNo">The line number.</param>
    /// <param name="quantity">The new quantity, 1 to <see cref="CartLimits.MaxQuantity"/>.</param>
    public CartDocument ChangeQuantity(CartDocument cart, int lineNo, int quantity)
    {
        ValidateQuantity(quantity);
        return Edit(cart, lineNo, line => line with { Quantity = quantity });
    }

    /// <summary>Changes a line's unit price; the first change keeps the price it replaced as the original price.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="lineNo">The line number.</param>
    /// <param name="unitPrice">The new unit price, 0 to <see cref="CartLimits.MaxUnitPrice"/>.</param>
    public CartDocument ChangeUnitPrice(CartDocument cart, int lineNo, decimal unitPrice)
    {
        ValidateUnitPrice(unitPrice);
        return Edit(cart, lineNo, line => line with
        {
            UnitPrice = unitPrice,
            UnitPriceOriginal = line.IsUnitPriceChanged ? line.UnitPriceOriginal : line.UnitPrice,
            IsUnitPriceChanged = true,
        });
    }

    /// <summary>Cancels a line; it stays in the cart, flagged, out of every total.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="lineNo">The line number.</param>
    public CartDocument CancelLine(CartDocument cart, int lineNo) =>
        Edit(cart, lineNo, line => line with { IsCancelled = true });

    /// <summary>
    /// Replaces a line's discounts (promotions included; a promotion comes back on the next
    /// recalculation). Refuses on a discount-restricted item, an unknown type, a percentage outside
    /// 0-100, or a fixed discount larger than what is left of the line after the percentages and the
    /// fixed discounts before it.
    /// </summary>
    /// <param name="cart">The cart.</param>
    /// <param name="lineNo">The line number.</param>
    /// <param name="discounts">The discounts, in order.</param>
    /// <remarks>The original compares a fixed discount with the line's amount before the replacement, old discounts still off it.</remarks>
    public CartDocument ReplaceLineDiscounts(CartDocument cart, int lineNo, IReadOnlyList<RequestedDiscount> discounts)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        return Edit(cart, lineNo, line =>
        {
            if (line.IsDiscountRestricted)
            {
                throw CartRefusals.DiscountRestricted(line.LineNo);
            }

            foreach (var discount in discounts)
            {
                DiscountRules.Validate(discount);
            }

            var replaced = line with
            {
                Discounts = [.. discounts.Select((d, i) => new TransactionDiscount
                {
                    SeqNo = i + 1,
                    DiscountType = d.DiscountType,
                    DiscountValue = d.DiscountValue,
                    Detail = d.DiscountDetail,
                })],
            };
            EnsureFixedDiscountsFit(LineItemCalculator.Calculate(replaced, _calculator.Options.DiscountRounding));
            return replaced;
        });
    }

    private static void EnsureFixedDiscountsFit(CartLineItem calculated)
    {
        var left = (calculated.UnitPrice * calculated.Quantity)
            - calculated.Discounts.Where(d => d.DiscountType == DiscountTypes.Percentage).Sum(d => d.DiscountAmount);
        foreach (var discount in calculated.Discounts.Where(d => d.DiscountType == DiscountTypes.Amount))
        {
            if (discount.DiscountValue > left)
            {
                throw CartRefusals.AmountLessThanDiscount(calculated.LineNo);
            }

            left -= discount.DiscountValue;
        }
    }

    private CartDocument Edit(CartDocument cart, int lineNo, Func<CartLineItem, CartLineItem> change)
    {
        ArgumentNullException.ThrowIfNull(cart);
        if (lineNo < 1 || lineNo > cart.LineItems.Count)
        {
            throw CartRefusals.LineNotFound(lineNo);
        }

        var lines = cart.LineItems.ToArray();
        lines[lineNo - 1] = change(lines[lineNo - 1]);
        return _calculator.Recalculate(cart with { LineItems = lines });
    }

    private static void ValidateQuantity(int quantity)
    {
        if (quantity is < 1 or > CartLimits.MaxQuantity)
        {
            throw CartRefusals.InvalidValue("quantity", $"The quantity is between 1 and {CartLimits.MaxQuantity}.");
        }
    }

    private static void ValidateUnitPrice(decimal unitPrice)
    {
        if (unitPrice is < 0m or > CartLimits.MaxUnitPrice)
        {
            throw CartRefusals.InvalidValue("unitPrice", $"The unit price is between 0 and {CartLimits.MaxUnitPrice}.");
        }
    }
}
