using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Kugelpos.Stock.Alerts;

/// <summary>
/// Checks the JWT a WebSocket client sends in its query (browsers cannot set headers on a WebSocket),
/// with the very validation of the service's bearer scheme.
/// </summary>
internal sealed class AlertTokenCheck(IOptionsMonitor<JwtBearerOptions> bearer)
{
    /// <summary>Null when the token is valid and names <paramref name="tenantId"/>; otherwise why not, as the original's close reason.</summary>
    public async Task<string?> RefusalAsync(string? token, string tenantId)
    {
        if (string.IsNullOrEmpty(token))
        {
            return "No token provided";
        }

        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, options.TokenValidationParameters);
            if (result.IsValid)
            {
                return result.ClaimsIdentity.FindFirst(KugelposClaims.TenantId)?.Value == tenantId ? null : "Tenant ID mismatch";
            }
        }

        return "Authentication failed";
    }
}
