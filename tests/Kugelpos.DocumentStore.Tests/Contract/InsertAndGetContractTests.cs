using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class InsertAndGetContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Inserted_document_reads_back_field_for_field(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        var item = Item.Sample("i-1") with { Detail = new ItemDetail("food", 12.5m), Note = "fragile", Status = ItemStatus.Discontinued };

        await items.InsertAsync(item);

        Assert.Equal(item, await items.GetAsync("i-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Missing_id_reads_as_null(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1"));

        Assert.Null(await items.GetAsync("i-2"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Duplicate_id_is_refused_naming_the_id_index(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1", code: "first"));

        var error = await Assert.ThrowsAsync<DuplicateKeyException>(() => items.InsertAsync(Item.Sample("i-1", code: "second")));

        Assert.True(error.IsDuplicateId);
        Assert.Equal("_id", error.IndexName);
        Assert.Equal(["id"], error.Fields);
        Assert.Equal("items", error.Collection);
        Assert.Equal("first", (await items.GetAsync("i-1"))!.Code);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Upsert_replaces_the_whole_document(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        await items.InsertAsync(Item.Sample("i-1") with { Detail = new ItemDetail("food", 1m), Note = "old" });
        var replacement = Item.Sample("i-1", code: "B-2", price: 7.25m);

        await items.UpsertAsync(replacement);

        Assert.Equal(replacement, await items.GetAsync("i-1"));
        Assert.Equal(1, await items.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Upsert_adds_a_missing_document(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await items.UpsertAsync(Item.Sample("i-9"));

        Assert.Equal(Item.Sample("i-9"), await items.GetAsync("i-9"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Strings_keep_their_case_and_whitespace(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();
        var item = Item.Sample("i-1", code: "  Mixed Case  ") with { Note = string.Empty };

        await items.InsertAsync(item);

        var read = await items.GetAsync("i-1");
        Assert.Equal("  Mixed Case  ", read!.Code);
        Assert.Equal(string.Empty, read.Note);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Dates_read_back_as_the_same_utc_instant(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var sessions = harness.Database().GetCollection<Session>("sessions");
        var startedAt = new DateTime(2031, 7, 15, 23, 30, 45, 123, DateTimeKind.Utc);

        var lastSeen = new DateTimeOffset(2031, 7, 16, 8, 30, 45, 123, TimeSpan.FromHours(9));

        await sessions.InsertAsync(new Session("s-1", "clerk", startedAt, lastSeen));
        await sessions.InsertAsync(new Session("s-2", "clerk", null));

        var read = await sessions.GetAsync("s-1");
        Assert.Equal(startedAt, read!.StartedAt);
        Assert.Equal(DateTimeKind.Utc, read.StartedAt!.Value.Kind);
        Assert.Equal(lastSeen, read.LastSeen);
        Assert.Equal(TimeSpan.Zero, read.LastSeen!.Value.Offset);
        Assert.Null((await sessions.GetAsync("s-2"))!.StartedAt);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Documents_without_a_usable_id_are_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var items = harness.Items();

        await Assert.ThrowsAsync<ArgumentException>(() => items.InsertAsync(Item.Sample(" ")));
        await Assert.ThrowsAsync<ArgumentException>(() => items.UpsertAsync(Item.Sample(new string('x', 257))));
        await Assert.ThrowsAsync<ArgumentNullException>(() => items.InsertAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => items.GetAsync(string.Empty));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Bad_collection_names_are_refused(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var database = harness.Database();

        foreach (var name in new[] { string.Empty, "_expiry", "a.b", "system$x", "1items", "with space" })
        {
            var error = Assert.Throws<ArgumentException>(() => database.GetCollection<Item>(name));
            Assert.Contains("collection name", error.Message, StringComparison.Ordinal);
        }
    }
}
