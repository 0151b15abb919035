using Kugelpos.DocumentStore.Queries;
using Kugelpos.DocumentStore.Tests.Support;

namespace Kugelpos.DocumentStore.Tests.Contract;

public sealed class TenantIsolationContractTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task A_tenant_cannot_read_another_tenants_documents(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var tenantA = harness.Items(StoreHarness.NewTenant());
        var tenantB = harness.Items(StoreHarness.NewTenant());
        await tenantA.InsertAsync(Item.Sample("i-1", code: "secret-of-A"));

        Assert.Null(await tenantB.GetAsync("i-1"));
        Assert.Empty(await tenantB.FindAsync(DocumentFilter.Eq("code", "secret-of-A")));
        Assert.Equal(0, await tenantB.CountAsync());
        Assert.False(await tenantB.DeleteAsync("i-1"));

        await tenantB.InsertAsync(Item.Sample("i-1", code: "own-of-B"));
        Assert.Equal("secret-of-A", (await tenantA.GetAsync("i-1"))!.Code);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Services_of_one_tenant_have_separate_databases(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        var tenant = StoreHarness.NewTenant();
        var cart = harness.Database(tenant);
        var other = harness.Database(tenant, "db_other");

        await cart.GetCollection<Item>("items").InsertAsync(Item.Sample("i-1"));

        Assert.Equal($"db_test_{tenant}", cart.Name);
        Assert.Equal($"db_other_{tenant}", other.Name);
        Assert.Equal(tenant, other.TenantId);
        Assert.Null(await other.GetCollection<Item>("items").GetAsync("i-1"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Bad_tenant_ids_are_refused_naming_tenant_id(string backend)
    {
        await using var harness = StoreHarness.Create(backend);
        string[] bad = ["", "../x", "..", "a/b", "a\\b", "T 1", "T1\0", "T.1", new string('T', 33)];

        foreach (var tenant in bad)
        {
            var error = Assert.Throws<ArgumentException>(() => harness.Store.GetDatabase(StoreHarness.Prefix, tenant));
            Assert.Contains("tenant_id", error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => harness.Store.GetDatabase(StoreHarness.Prefix, null!));
        Assert.Throws<ArgumentException>(() => harness.Store.GetDatabase("../db", "T9999"));
    }
}
