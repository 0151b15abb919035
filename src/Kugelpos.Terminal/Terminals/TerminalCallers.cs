using System.Security.Claims;
using Kugelpos.ServiceDefaults.Security;

namespace Kugelpos.Terminal.Terminals;

/// <summary>Which kind of caller a terminal endpoint serves: a tenant's user, a terminal or a service.</summary>
internal static class TerminalCallers
{
    /// <summary>True for a terminal (its tokens say <c>token_type</c> <c>terminal</c>).</summary>
    public static bool IsTerminal(ClaimsPrincipal user) =>
        user.FindFirst(TerminalTokenClaims.Names.TokenType)?.Value == TerminalTokenClaims.TokenType;

    /// <summary>True for a user's JWT: neither a terminal nor a service.</summary>
    public static bool IsUser(ClaimsPrincipal user, KugelposCaller caller) => !caller.IsService && !IsTerminal(user);

    /// <summary>The terminal a terminal caller is, or null for other callers.</summary>
    public static string? TerminalIdOf(ClaimsPrincipal user) =>
        IsTerminal(user) ? user.FindFirst(TerminalTokenClaims.Names.TerminalId)?.Value : null;
}
