using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class DeleteContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Delete_removes_only_the_named_document(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1"));
        await items.InsertAsync(Item.Sample("i-2"));

        Assert.True(await items.DeleteAsync("i-1"));
        Assert.False(await items.DeleteAsync("i-1"));

        Assert.Null(await items.GetAsync("i-1"));
        Assert.NotNull(await items.GetAsync("i-2"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task DeleteMany_removes_the_matches_and_counts_them(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", storeCode: "S1"));
        await items.InsertAsync(Item.Sample("i-2", storeCode: "S2"));
        await items.InsertAsync(Item.Sample("i-3", storeCode: "S1"));

        var removed = await items.DeleteManyAsync(DocumentFilter.Eq("storeCode", "S1"));

        Assert.Equal(2, removed);
        Assert.Equal(["i-2"], (await items.FindAsync()).Select(i => i.Id));
    }
}
