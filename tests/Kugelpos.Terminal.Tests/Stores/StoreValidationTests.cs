using System.Net;
using Kugelpos.Terminal.Tests.Support;

namespace Kugelpos.Terminal.Tests.Stores;

public sealed class StoreValidationTests(TerminalSystem system) : IClassFixture<TerminalSystem>
{
    private const string TenantId = "T4001";

    private ServiceTestHost Terminal => system.Service;

    public static TheoryData<string, string> BadStores => new()
    {
        { """{"storeName":"Main"}""", "storeCode" },
        { """{"storeCode":"","storeName":"Main"}""", "storeCode" },
        { """{"storeCode":"S-1","storeName":"Main"}""", "storeCode" },
        { $$"""{"storeCode":"{{new string('S', 21)}}","storeName":"Main"}""", "storeCode" },
        { """{"storeCode":"S1"}""", "storeName" },
        { """{"storeCode":"S1","storeName":" "}""", "storeName" },
        { """{"storeCode":"S1","storeName":"Main","status":"Active"}""", "status" },
        { """{"storeCode":"S1","storeName":"Main","businessDate":"20250230"}""", "businessDate" },
        { """{"storeCode":"S1","storeName":"Main","businessDate":"2025-03-01"}""", "businessDate" },
        { """{"storeCode":"S1","storeName":"Main","tags":["a\tb"]}""", "tags" },
        { """{"storeCode":"S1","storeName":"Main","tags":[1]}""", "tags[0]" },
    };

    public static TheoryData<string, string> BadUpdates => new()
    {
        { """{"status":"Opened"}""", "storeName" },
        { """{"storeName":"Renamed","status":"open"}""", "status" },
        { """{"storeName":"Renamed","businessDate":"2025031"}""", "businessDate" },
        { $$"""{"storeName":"Renamed","tags":[{{string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"t{i}\""))}}]}""", "tags" },
    };

    [Theory]
    [MemberData(nameof(BadStores))]
    public async Task A_bad_store_is_a_422_naming_the_field_and_adds_nothing(string body, string field)
    {
        await EnsureTenantAsync();

        using var response = await Terminal.AddStoreAsync(TenantId, body);
        var envelope = await Json.ReadAsync(response);
        var (_, list) = await Terminal.ReadAsync(TenantId, $"/api/v1/tenants/{TenantId}/stores");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], Json.ErrorFields(envelope));
        Assert.DoesNotContain(list.GetProperty("data").EnumerateArray(), s => s.GetProperty("storeCode").GetString() != "KEEP");
    }

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task A_bad_update_is_a_422_naming_the_field_and_changes_nothing(string body, string field)
    {
        await EnsureTenantAsync();

        using var response = await Terminal.SendAsync(HttpMethod.Put, $"/api/v1/tenants/{TenantId}/stores/KEEP", body, Terminal.UserToken(TenantId));
        var envelope = await Json.ReadAsync(response);
        var (_, stored) = await Terminal.ReadAsync(TenantId, $"/api/v1/tenants/{TenantId}/stores/KEEP");
        var store = stored.GetProperty("data");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([field], Json.ErrorFields(envelope));
        Assert.Equal("Kept", store.GetProperty("storeName").GetString());
        Assert.Equal("Idle", store.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, store.GetProperty("lastUpdateDatetime").ValueKind);
    }

    private async Task EnsureTenantAsync()
    {
        var (status, _) = await Terminal.ReadAsync(TenantId, $"/api/v1/tenants/{TenantId}");
        if (status == HttpStatusCode.NotFound)
        {
            await Terminal.CreatedTenantAsync(TenantId);
            await Terminal.AddedStoreAsync(TenantId, "KEEP", "Kept");
        }
    }
}
