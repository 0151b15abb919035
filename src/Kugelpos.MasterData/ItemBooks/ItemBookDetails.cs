using Kugelpos.MasterData.Items;
using Kugelpos.MasterData.StoreItems;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// Fills each button with its item's description and price for one store, as the original's detail
/// does: the store price where the store has one, else the item's unit price; an unknown (or deleted)
/// item reads <c>not found</c> without a price.
/// </summary>
internal sealed class ItemBookDetails(ItemRepository items, StoreItemRepository storeItems)
{
    public const string NotFound = "not found";

    public async Task<IReadOnlyList<ItemBookCategory>> FillAsync(
        string tenantId, string storeCode, IReadOnlyList<ItemBookCategory> categories, CancellationToken cancellationToken)
    {
        var filled = new List<ItemBookCategory>(categories.Count);
        foreach (var category in categories)
        {
            var tabs = new List<ItemBookTab>(category.Tabs.Count);
            foreach (var tab in category.Tabs)
            {
                var buttons = new List<ItemBookButton>(tab.Buttons.Count);
                foreach (var button in tab.Buttons)
                {
                    buttons.Add(await FillAsync(tenantId, storeCode, button, cancellationToken));
                }

                tabs.Add(tab with { Buttons = buttons });
            }

            filled.Add(category with { Tabs = tabs });
        }

        return filled;
    }

    private async Task<ItemBookButton> FillAsync(string tenantId, string storeCode, ItemBookButton button, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(tenantId, button.ItemCode, deleted: false, cancellationToken);
        if (item is null)
        {
            return button with { Description = NotFound, UnitPrice = null };
        }

        var storeItem = await storeItems.FindAsync(tenantId, storeCode, button.ItemCode, cancellationToken);
        return button with { Description = item.Description, UnitPrice = storeItem?.StorePrice ?? item.UnitPrice };
    }
}
