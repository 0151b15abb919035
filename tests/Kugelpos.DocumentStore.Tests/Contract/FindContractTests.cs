using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class FindContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Filter_sort_skip_and_limit_page_through_matches(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = await TenItemsAsync(harness);
        var filter = DocumentFilter.And(DocumentFilter.Eq("storeCode", "S1"), DocumentFilter.Gte("quantity", 3));
        var page = new DocumentFindOptions { Sort = [SortKey.Descending("quantity")], Skip = 1, Limit = 2 };

        var found = await items.FindAsync(filter, page);

        // S1 holds the odd quantities; from 3 up, descending: 9, 7, 5, 3.
        Assert.Equal(["i-07", "i-05"], found.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Several_sort_keys_order_by_each_in_turn(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = await TenItemsAsync(harness);
        var options = new DocumentFindOptions { Sort = [SortKey.Ascending("storeCode"), SortKey.Descending("Quantity")], Skip = 3, Limit = 4 };

        var found = await items.FindAsync(null, options);

        // S1: 9 7 5 3 1, then S2: 10 8 6 4 2.
        Assert.Equal(["i-03", "i-01", "i-10", "i-08"], found.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Without_a_limit_every_match_is_returned(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = await TenItemsAsync(harness);

        var found = await items.FindAsync(DocumentFilter.Lt("quantity", 5), new DocumentFindOptions { Sort = [SortKey.Ascending("id")] });

        Assert.Equal(["i-01", "i-02", "i-03", "i-04"], found.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Count_honours_the_filter(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = await TenItemsAsync(harness);

        Assert.Equal(10, await items.CountAsync());
        Assert.Equal(5, await items.CountAsync(DocumentFilter.Eq("storeCode", "S2")));
        Assert.Equal(2, await items.CountAsync(DocumentFilter.And(DocumentFilter.Gt("quantity", 2), DocumentFilter.Lte("quantity", 4))));
        Assert.Equal(9, await items.CountAsync(DocumentFilter.Ne("quantity", 10)));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Nested_paths_filter_and_sort_embedded_documents(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1") with { Detail = new ItemDetail("food", 3m) });
        await items.InsertAsync(Item.Sample("i-2") with { Detail = new ItemDetail("food", 1m) });
        await items.InsertAsync(Item.Sample("i-3") with { Detail = new ItemDetail("drink", 2m) });
        await items.InsertAsync(Item.Sample("i-4"));

        var food = await items.FindAsync(
            DocumentFilter.Eq("detail.category", "food"),
            new DocumentFindOptions { Sort = [SortKey.Ascending("Detail.Cost")] });

        Assert.Equal(["i-2", "i-1"], food.Select(i => i.Id));
        Assert.Equal(1, await items.CountAsync(DocumentFilter.Eq("detail", null)));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task In_matches_listed_values_and_an_empty_list_matches_nothing(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = await TenItemsAsync(harness);

        var listed = await items.FindAsync(DocumentFilter.In("quantity", [2, 4, 11]), new DocumentFindOptions { Sort = [SortKey.Ascending("quantity")] });
        var none = await items.FindAsync(DocumentFilter.In("quantity", Array.Empty<int>()));

        Assert.Equal(["i-02", "i-04"], listed.Select(i => i.Id));
        Assert.Empty(none);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Enum_and_date_filters_use_stored_representations(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        var start = StoreHarness.Start;
        await items.InsertAsync(Item.Sample("i-1") with { CreatedAt = start.UtcDateTime.AddHours(-1) });
        await items.InsertAsync(Item.Sample("i-2") with { CreatedAt = start.UtcDateTime, Status = ItemStatus.Discontinued });
        await items.InsertAsync(Item.Sample("i-3") with { CreatedAt = start.UtcDateTime.AddHours(1) });

        var fromStart = await items.FindAsync(DocumentFilter.Gte("createdAt", start), new DocumentFindOptions { Sort = [SortKey.Ascending("createdAt")] });
        var discontinued = await items.FindAsync(DocumentFilter.Eq("status", ItemStatus.Discontinued));

        Assert.Equal(["i-2", "i-3"], fromStart.Select(i => i.Id));
        Assert.Equal(["i-2"], discontinued.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task String_equality_is_case_sensitive(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", code: "ABC"));
        await items.InsertAsync(Item.Sample("i-2", code: "abc"));

        var found = await items.FindAsync(DocumentFilter.Eq("code", "abc"));

        Assert.Equal(["i-2"], found.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Range_filters_only_compare_values_of_the_same_kind(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var database = harness.Database();
        await database.GetCollection<Item>("mixed").InsertAsync(Item.Sample("text", code: "Z-9"));
        await database.GetCollection<NumberedItem>("mixed").InsertAsync(new NumberedItem("number", 7));

        var count = database.GetCollection<NumberedItem>("mixed");

        Assert.Equal(1, await count.CountAsync(DocumentFilter.Gt("code", 5)));
        Assert.Equal(1, await count.CountAsync(DocumentFilter.Lt("code", "ZZZ")));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Bad_paging_is_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => items.FindAsync(null, new DocumentFindOptions { Skip = -1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => items.FindAsync(null, new DocumentFindOptions { Limit = 0 }));
    }

    /// <summary>i-01..i-10 with quantity 1..10; odd quantities in store S1, even in S2.</summary>
    private static async Task<IDocumentCollection<Item>> TenItemsAsync(StoreHarness harness)
    {
        var items = harness.Items();
        for (var n = 1; n <= 10; n++)
        {
            await items.InsertAsync(Item.Sample($"i-{n:00}", storeCode: n % 2 == 1 ? "S1" : "S2", quantity: n));
        }

        return items;
    }
}
