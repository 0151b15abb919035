using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.MasterData.Tests.Support;

/// <summary>The identities other than a user that call master data: a POS terminal and another service.</summary>
internal static class CallerTokens
{
    /// <summary>A terminal JWT of store <c>S001</c>, terminal 1 of the tenant, as the terminal service issues it.</summary>
    public static string TerminalToken(this ServiceTestHost service, string tenantId) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueTerminalToken(new TerminalTokenClaims
        {
            TenantId = tenantId,
            StoreCode = "S001",
            TerminalNo = 1,
            TerminalId = $"{tenantId}-S001-1",
            Status = "Opened",
        });

    /// <summary>A service token of the terminal service for the tenant, as it calls master data for sign-in.</summary>
    public static string ServiceToken(this ServiceTestHost service, string tenantId) =>
        service.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("terminal", tenantId);
}
