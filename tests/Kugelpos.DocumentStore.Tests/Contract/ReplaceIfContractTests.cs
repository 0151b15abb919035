using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class ReplaceIfContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_conditional_replace_writes_while_the_document_still_matches_and_not_after(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");
        await counters.InsertAsync(new Counter("c-1", 1));

        var first = await counters.ReplaceIfAsync(new Counter("c-1", 2), DocumentFilter.Eq("value", 1L));
        var stale = await counters.ReplaceIfAsync(new Counter("c-1", 5), DocumentFilter.Eq("value", 1L));

        Assert.True(first);
        Assert.False(stale);
        Assert.Equal(new Counter("c-1", 2), await counters.GetAsync("c-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_conditional_replace_never_creates_a_document_nor_touches_another(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");
        await counters.InsertAsync(new Counter("c-1", 0));

        var written = await counters.ReplaceIfAsync(new Counter("c-2", 1), DocumentFilter.Eq("value", 0L));

        Assert.False(written);
        Assert.Null(await counters.GetAsync("c-2"));
        Assert.Equal([new Counter("c-1", 0)], await counters.FindAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Fifty_concurrent_read_modify_write_increments_lose_none(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var counters = harness.Database().GetCollection<Counter>("counters");
        await counters.InsertAsync(new Counter("c-1", 0));

        // Each racer re-reads and retries until its own increment lands, once.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var read = (await counters.GetAsync("c-1"))!;
                if (await counters.ReplaceIfAsync(read with { Value = read.Value + 1 }, DocumentFilter.Eq("value", read.Value)))
                {
                    return;
                }
            }
        })));

        Assert.Equal(new Counter("c-1", 50), await counters.GetAsync("c-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_conditional_replace_that_takes_a_unique_value_is_refused_and_changes_nothing(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureUniqueIndexAsync(["code"]);
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));
        await items.InsertAsync(Item.Sample("i-2", code: "A-2"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(
            () => items.ReplaceIfAsync(Item.Sample("i-2", code: "A-1"), DocumentFilter.Eq("code", "A-2")));

        Assert.Equal(["code"], error.Fields);
        Assert.Equal("A-2", (await items.GetAsync("i-2"))!.Code);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task An_expired_document_is_not_replaced(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureExpiryAsync("createdAt", TimeSpan.FromMinutes(5));
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));
        harness.Time.Advance(TimeSpan.FromMinutes(6));

        var written = await items.ReplaceIfAsync(Item.Sample("i-1", code: "A-9"), DocumentFilter.Eq("code", "A-1"));

        Assert.False(written);
        Assert.Null(await items.GetAsync("i-1"));
    }
}
