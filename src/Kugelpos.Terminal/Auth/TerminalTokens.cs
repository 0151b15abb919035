using System.Globalization;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Terminal.Auth;

/// <summary>Terminal JWTs of a terminal as it stands, as the original's <c>create_terminal_token</c> writes them.</summary>
internal sealed class TerminalTokens(KugelposTokenIssuer issuer)
{
    /// <summary>The header sign-in, sign-out, open and close answer a refreshed token in.</summary>
    public const string NewTokenHeader = "X-New-Token";

    /// <summary>How long a terminal token lives, in seconds (<c>expires_in</c>).</summary>
    public static int LifetimeSeconds => (int)KugelposTokenIssuer.TerminalTokenLifetime.TotalSeconds;

    /// <summary>The claims of <paramref name="terminal"/>.</summary>
    public static TerminalTokenClaims ClaimsOf(TerminalSnapshot terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        return new TerminalTokenClaims
        {
            TenantId = terminal.TenantId,
            StoreCode = terminal.StoreCode,
            TerminalNo = terminal.TerminalNo,
            TerminalId = terminal.TerminalId,
            Status = terminal.Status.ToString(),
            BusinessDate = terminal.BusinessDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            OpenCounter = terminal.OpenCounter,
            BusinessCounter = terminal.BusinessCounter,
            StaffId = terminal.Staff?.StaffId,
            StaffName = terminal.Staff?.StaffName,
        };
    }

    /// <summary>A token for <paramref name="terminal"/>, valid 24 hours.</summary>
    public string Issue(TerminalSnapshot terminal) => Issue(ClaimsOf(terminal));

    /// <summary>A token with <paramref name="claims"/>, valid 24 hours.</summary>
    public string Issue(TerminalTokenClaims claims) => issuer.IssueTerminalToken(claims);

    /// <summary>Puts a token for <paramref name="terminal"/> as it now stands in <see cref="NewTokenHeader"/>.</summary>
    public void Refresh(HttpResponse response, TerminalSnapshot terminal)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[NewTokenHeader] = Issue(terminal);
    }
}
