using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.MasterData.Tests.Support;

/// <summary>Calls the master-data service as a back-office tool (user JWT) or a POS device (terminal JWT) would.</summary>
internal static class MasterDataApi
{
    /// <summary>The tenant the tests work in.</summary>
    public const string Tenant = "T1000";

    /// <summary>Another tenant, whose data must stay apart.</summary>
    public const string OtherTenant = "T2000";

    /// <summary>The tenant's resources.</summary>
    public const string Root = "/api/v1/tenants/" + Tenant;

    /// <summary>Sends a request and reads the envelope.</summary>
    public static async Task<Reply> CallAsync(this ServiceTestHost service, HttpMethod method, string path, object? body, string? token)
    {
        using var response = await service.SendAsync(method, path, body, token);
        var text = await response.Content.ReadAsStringAsync();
        using var document = System.Text.Json.JsonDocument.Parse(text);
        return new Reply(response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>As the tenant's administrator.</summary>
    public static Task<Reply> AsUserAsync(this ServiceTestHost service, HttpMethod method, string path, object? body = null) =>
        service.CallAsync(method, path, body, service.UserToken(Tenant));

    /// <summary>A terminal JWT of the tenant, as the terminal service issues it.</summary>
    public static string TerminalToken(this ServiceTestHost service, string tenantId = Tenant) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueTerminalToken(new TerminalTokenClaims
        {
            TenantId = tenantId,
            StoreCode = "S001",
            TerminalNo = 1,
            TerminalId = tenantId + "-S001-1",
            Status = "Opened",
            BusinessDate = "20260101",
            OpenCounter = 1,
            BusinessCounter = 1,
        });

    /// <summary>A service token of the tenant, as another Kugelpos service calls with.</summary>
    public static string ServiceToken(this ServiceTestHost service, string tenantId = Tenant) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("cart", tenantId);
}
