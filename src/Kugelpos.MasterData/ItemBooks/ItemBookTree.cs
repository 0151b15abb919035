using Kugelpos.MasterData.Storage;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.MasterData.ItemBooks;

/// <summary>
/// The nested edits of an item book, each returning the changed categories: a missing category, tab
/// or button is a 404 and a taken number or position a 409, with the original's messages.
/// </summary>
internal static class ItemBookTree
{
    public static ItemBookCategory Category(ItemBookDocument book, int number) =>
        book.Categories.FirstOrDefault(c => c.CategoryNumber == number)
            ?? throw KugelposException.NotFound($"category with category_number {number} not found in item_book");

    public static IReadOnlyList<ItemBookCategory> AddCategory(ItemBookDocument book, ItemBookCategory added) =>
        book.Categories.Any(c => c.CategoryNumber == added.CategoryNumber)
            ? throw CategoryTaken(added.CategoryNumber)
            : [.. book.Categories, added];

    /// <summary>Replaces a category; its tabs are kept when the request sends none, as in the original.</summary>
    public static IReadOnlyList<ItemBookCategory> ReplaceCategory(ItemBookDocument book, int number, ItemBookCategory replacement)
    {
        var current = Category(book, number);
        if (replacement.CategoryNumber != number && book.Categories.Any(c => c.CategoryNumber == replacement.CategoryNumber))
        {
            throw CategoryTaken(replacement.CategoryNumber);
        }

        var merged = replacement.Tabs.Count == 0 ? replacement with { Tabs = current.Tabs } : replacement;
        return [.. book.Categories.Select(c => c == current ? merged : c)];
    }

    public static IReadOnlyList<ItemBookCategory> RemoveCategory(ItemBookDocument book, int number)
    {
        var current = Category(book, number);
        return [.. book.Categories.Where(c => c != current)];
    }

    public static IReadOnlyList<ItemBookCategory> AddTab(ItemBookDocument book, int categoryNumber, ItemBookTab added) =>
        WithTabs(book, categoryNumber, tabs => tabs.Any(t => t.TabNumber == added.TabNumber)
            ? throw TabTaken(added.TabNumber)
            : [.. tabs, added]);

    /// <summary>Replaces a tab; its buttons are kept when the request sends none, as in the original.</summary>
    public static IReadOnlyList<ItemBookCategory> ReplaceTab(ItemBookDocument book, int categoryNumber, int number, ItemBookTab replacement) =>
        WithTabs(book, categoryNumber, tabs =>
        {
            var current = tabs.FirstOrDefault(t => t.TabNumber == number)
                ?? throw KugelposException.NotFound($"tab with tab_number {number} not found in category");
            if (replacement.TabNumber != number && tabs.Any(t => t.TabNumber == replacement.TabNumber))
            {
                throw TabTaken(replacement.TabNumber);
            }

            var merged = replacement.Buttons.Count == 0 ? replacement with { Buttons = current.Buttons } : replacement;
            return [.. tabs.Select(t => t == current ? merged : t)];
        });

    public static IReadOnlyList<ItemBookCategory> RemoveTab(ItemBookDocument book, int categoryNumber, int number) =>
        WithTabs(book, categoryNumber, tabs => tabs.Any(t => t.TabNumber == number)
            ? [.. tabs.Where(t => t.TabNumber != number)]
            : throw KugelposException.NotFound($"tab with tab_number {number} not found in category"));

    public static IReadOnlyList<ItemBookCategory> AddButton(ItemBookDocument book, int categoryNumber, int tabNumber, ItemBookButton added) =>
        WithButtons(book, categoryNumber, tabNumber, buttons => buttons.Any(b => b.PosX == added.PosX && b.PosY == added.PosY)
            ? throw ButtonTaken(added.PosX, added.PosY)
            : [.. buttons, added]);

    public static IReadOnlyList<ItemBookCategory> ReplaceButton(
        ItemBookDocument book, int categoryNumber, int tabNumber, int x, int y, ItemBookButton replacement) =>
        WithButtons(book, categoryNumber, tabNumber, buttons =>
        {
            var current = buttons.FirstOrDefault(b => b.PosX == x && b.PosY == y)
                ?? throw KugelposException.NotFound($"button with pos_x {x} and pos_y {y} not found in tab");
            if ((replacement.PosX, replacement.PosY) != (x, y) && buttons.Any(b => b.PosX == replacement.PosX && b.PosY == replacement.PosY))
            {
                throw ButtonTaken(replacement.PosX, replacement.PosY);
            }

            return [.. buttons.Select(b => b == current ? replacement : b)];
        });

    /// <summary>Removes exactly the button at the position (the original also removed every button sharing its row or column).</summary>
    public static IReadOnlyList<ItemBookCategory> RemoveButton(ItemBookDocument book, int categoryNumber, int tabNumber, int x, int y) =>
        WithButtons(book, categoryNumber, tabNumber, buttons => buttons.Any(b => b.PosX == x && b.PosY == y)
            ? [.. buttons.Where(b => b.PosX != x || b.PosY != y)]
            : throw KugelposException.NotFound($"button with pos_x {x} and pos_y {y} not found in tab"));

    private static IReadOnlyList<ItemBookCategory> WithTabs(
        ItemBookDocument book, int categoryNumber, Func<IReadOnlyList<ItemBookTab>, IReadOnlyList<ItemBookTab>> change)
    {
        var category = Category(book, categoryNumber);
        var changed = category with { Tabs = change(category.Tabs) };
        return [.. book.Categories.Select(c => c == category ? changed : c)];
    }

    private static IReadOnlyList<ItemBookCategory> WithButtons(
        ItemBookDocument book, int categoryNumber, int tabNumber, Func<IReadOnlyList<ItemBookButton>, IReadOnlyList<ItemBookButton>> change) =>
        WithTabs(book, categoryNumber, tabs =>
        {
            var tab = tabs.FirstOrDefault(t => t.TabNumber == tabNumber)
                ?? throw KugelposException.NotFound($"tab with tab_number {tabNumber} not found in category");
            var changed = tab with { Buttons = change(tab.Buttons) };
            return [.. tabs.Select(t => t == tab ? changed : t)];
        });

    private static KugelposException CategoryTaken(int number) =>
        UniqueWrites.Conflict("categoryNumber", $"category with category_number {number} already exists in item_book");

    private static KugelposException TabTaken(int number) =>
        UniqueWrites.Conflict("tabNumber", $"tab with tab_number {number} already exists in category");

    private static KugelposException ButtonTaken(int x, int y) =>
        UniqueWrites.Conflict("posX", $"button with pos_x {x} and pos_y {y} already exists in tab");
}
