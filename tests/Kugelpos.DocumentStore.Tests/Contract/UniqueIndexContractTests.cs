using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class UniqueIndexContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Single_field_index_refuses_a_second_document_with_the_same_value(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureUniqueIndexAsync(["code"]);
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => items.InsertAsync(Item.Sample("i-2", code: "A-1")));

        Assert.False(error.IsDuplicateId);
        Assert.Equal(["code"], error.Fields);
        Assert.StartsWith("ux_code_", error.IndexName, StringComparison.Ordinal);
        Assert.Contains("(code)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await items.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Compound_index_refuses_only_the_same_combination(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureUniqueIndexAsync(["StoreCode", "code"]);
        await items.InsertAsync(Item.Sample("i-1", code: "A-1", storeCode: "S1"));
        await items.InsertAsync(Item.Sample("i-2", code: "A-1", storeCode: "S2"));
        await items.InsertAsync(Item.Sample("i-3", code: "A-2", storeCode: "S1"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => items.InsertAsync(Item.Sample("i-4", code: "A-1", storeCode: "S2")));

        Assert.Equal(["storeCode", "code"], error.Fields);
        Assert.Equal(3, await items.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Upsert_that_takes_another_documents_unique_value_is_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureUniqueIndexAsync(["code"]);
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));
        await items.InsertAsync(Item.Sample("i-2", code: "A-2"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => items.UpsertAsync(Item.Sample("i-2", code: "A-1")));

        Assert.Equal(["code"], error.Fields);
        Assert.Equal("A-2", (await items.GetAsync("i-2"))!.Code);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Ensuring_an_index_twice_is_harmless(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await items.EnsureUniqueIndexAsync(["code"]);
        await items.EnsureUniqueIndexAsync(["code"]);
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));

        await Assert.ThrowsAsync<DuplicateKeyException>(() => items.InsertAsync(Item.Sample("i-2", code: "A-1")));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Unique_values_differing_only_in_case_are_distinct(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.EnsureUniqueIndexAsync(["code"]);

        await items.InsertAsync(Item.Sample("i-1", code: "abc"));
        await items.InsertAsync(Item.Sample("i-2", code: "ABC"));

        Assert.Equal(2, await items.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Index_over_existing_duplicates_is_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", code: "A-1"));
        await items.InsertAsync(Item.Sample("i-2", code: "A-1"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => items.EnsureUniqueIndexAsync(["code"]));

        Assert.Equal(["code"], error.Fields);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Bad_index_definitions_are_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await Assert.ThrowsAsync<ArgumentException>(() => items.EnsureUniqueIndexAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => items.EnsureUniqueIndexAsync(["code", "Code"]));
        await Assert.ThrowsAsync<ArgumentException>(() => items.EnsureUniqueIndexAsync(["$where"]));
    }
}
