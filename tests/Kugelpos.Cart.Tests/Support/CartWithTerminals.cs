using Kugelpos.ServiceDefaults;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>
/// The cart service with <see cref="KnownTerminals"/> as its key check and, standing in for the cart
/// endpoints a POS device calls, <c>GET /api/v1/tenants/{tenant_id}/caller</c> behind the platform's
/// Tenant policy: it answers who called, and fills the cart's terminal-key cache as those endpoints do.
/// </summary>
internal static class CartWithTerminals
{
    /// <summary>Starts the cart with <paramref name="terminals"/> as its key check.</summary>
    public static Task<ServiceTestHost> StartAsync(KnownTerminals terminals) =>
        ServiceTestHost.StartAsync(
            b => b.AddCartService(),
            a =>
            {
                a.MapCartService();
                a.MapApiGroup("/api/v1/tenants/{tenant_id}")
                    .RequireAuthorization(KugelposPolicies.Tenant)
                    .MapGet("/caller", (KugelposCaller caller) => ApiResults.Ok(caller, "Caller", "get_caller"));
            },
            configure: b => b.Services.AddSingleton<ITerminalKeyVerifier>(terminals));

    /// <summary>Calls the stand-in as the POS device with <paramref name="terminalId"/> and <paramref name="apiKey"/>.</summary>
    public static Task<HttpResponseMessage> CallWithKeyAsync(this ServiceTestHost cart, string terminalId, string apiKey) =>
        cart.SendAsync(
            HttpMethod.Get,
            $"/api/v1/tenants/{terminalId.Split('-')[0]}/caller?terminal_id={terminalId}",
            headers: new Dictionary<string, string> { [TerminalKeyAuthentication.HeaderName] = apiKey });

    /// <summary>A terminal JWT, as the terminal service issues it.</summary>
    public static string TerminalToken(this ServiceTestHost cart, string terminalId) =>
        cart.Services.GetRequiredService<KugelposTokenIssuer>().IssueTerminalToken(KnownTerminals.Claims(terminalId));

    /// <summary>A service token of the tenant, as another Kugelpos service calls with.</summary>
    public static string ServiceToken(this ServiceTestHost cart, string tenantId) =>
        cart.Services.GetRequiredService<KugelposTokenIssuer>().IssueServiceToken("report", tenantId);
}
