using System.Net;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>The tenant and store calls a back-office tool makes, with a user token of the tenant unless told otherwise.</summary>
internal static class TenantRequests
{
    public static Task<HttpResponseMessage> CreateTenantAsync(this ServiceTestHost service, string tenantId, object? body = null, string? bearer = null) =>
        service.SendAsync(HttpMethod.Post, "/api/v1/tenants", body ?? new { tenantId, tenantName = $"Tenant {tenantId}", tags = new[] { "retail" } }, bearer ?? service.UserToken(tenantId));

    /// <summary>Creates the tenant and fails the test unless that worked.</summary>
    public static async Task CreatedTenantAsync(this ServiceTestHost service, string tenantId)
    {
        using var response = await service.CreateTenantAsync(tenantId);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> AddStoreAsync(this ServiceTestHost service, string tenantId, object body, string? bearer = null) =>
        service.SendAsync(HttpMethod.Post, $"/api/v1/tenants/{tenantId}/stores", body, bearer ?? service.UserToken(tenantId));

    /// <summary>Adds the store and fails the test unless that worked.</summary>
    public static async Task AddedStoreAsync(this ServiceTestHost service, string tenantId, string storeCode, string? storeName = null)
    {
        using var response = await service.AddStoreAsync(tenantId, new { storeCode, storeName = storeName ?? $"Store {storeCode}" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The tenant and its store, created unless they are there already: open, close and cash in/out
    /// need the terminal's store on file.
    /// </summary>
    public static async Task EnsuredStoreAsync(this ServiceTestHost service, string tenantId, string storeCode)
    {
        using var tenant = await service.CreateTenantAsync(tenantId);
        Assert.True(tenant.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await tenant.Content.ReadAsStringAsync());
        using var store = await service.AddStoreAsync(tenantId, new { storeCode, storeName = $"Store {storeCode}" });
        Assert.True(store.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await store.Content.ReadAsStringAsync());
    }

    /// <summary>Reads the path back with a user token of the tenant.</summary>
    public static async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> ReadAsync(this ServiceTestHost service, string tenantId, string path)
    {
        using var response = await service.SendAsync(HttpMethod.Get, path, bearer: service.UserToken(tenantId));
        return (response.StatusCode, await Json.ReadAsync(response));
    }

    /// <summary>A terminal's JWT of the tenant, as <c>POST /api/v1/auth/token</c> issues it.</summary>
    public static string TerminalToken(this ServiceTestHost service, string tenantId) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueTerminalToken(new TerminalTokenClaims
        {
            TenantId = tenantId,
            StoreCode = "S1",
            TerminalNo = 1,
            TerminalId = $"{tenantId}-S1-1",
            Status = "Idle",
        });

    /// <summary>Another service's token for the tenant.</summary>
    public static string ServiceToken(this ServiceTestHost service, string tenantId) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("cart", tenantId);
}
