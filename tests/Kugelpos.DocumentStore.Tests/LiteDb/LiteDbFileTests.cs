using Kugelpos.DocumentStore.Configuration;
using Kugelpos.DocumentStore.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.DocumentStore.Tests.LiteDb;

public sealed class LiteDbFileTests
{
    [Fact]
    public async Task Each_database_is_one_file_named_prefix_and_tenant()
    {
        using var folder = new TempFolder();
        using var store = Open(folder, TimeProvider.System);

        await store.GetDatabase("db_cart", "T9999").GetCollection<Item>("items").InsertAsync(Item.Sample("i-1"));
        await store.GetDatabase("db_cart", "A1234").GetCollection<Item>("items").InsertAsync(Item.Sample("i-1"));

        Assert.True(File.Exists(Path.Combine(folder.Path, "db_cart_T9999.db")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "db_cart_A1234.db")));
    }

    [Fact]
    public async Task Dropping_a_database_removes_its_file_and_documents()
    {
        using var folder = new TempFolder();
        using var store = Open(folder, TimeProvider.System);
        await store.GetDatabase("db_cart", "T9999").GetCollection<Item>("items").InsertAsync(Item.Sample("i-1"));

        await store.DropDatabaseAsync("db_cart", "T9999");

        Assert.False(File.Exists(Path.Combine(folder.Path, "db_cart_T9999.db")));
        Assert.Null(await store.GetDatabase("db_cart", "T9999").GetCollection<Item>("items").GetAsync("i-1"));
    }

    [Fact]
    public async Task Documents_and_expiry_rules_survive_a_restart()
    {
        using var folder = new TempFolder();
        var time = new FakeTimeProvider(StoreHarness.Start);
        using (var first = Open(folder, time))
        {
            var sessions = first.GetDatabase("db_terminal", "T9999").GetCollection<Session>("sessions");
            await sessions.EnsureExpiryAsync("startedAt", TimeSpan.FromMinutes(5));
            await sessions.InsertAsync(new Session("s-1", "clerk", time.GetUtcNow().UtcDateTime));
        }

        using var second = Open(folder, time);
        var reopened = second.GetDatabase("db_terminal", "T9999").GetCollection<Session>("sessions");
        Assert.Equal("clerk", (await reopened.GetAsync("s-1"))!.User);

        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Null(await reopened.GetAsync("s-1"));
    }

    [Fact]
    public void A_disposed_store_refuses_further_use()
    {
        using var folder = new TempFolder();
        var store = Open(folder, TimeProvider.System);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.GetDatabase("db_cart", "T9999"));
    }

    private static IDocumentStore Open(TempFolder folder, TimeProvider time) =>
        DocumentStoreFactory.Create(new DocumentStoreOptions { DataPath = folder.Path }, time);
}
