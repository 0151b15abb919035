using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Terminal.Auth;

/// <summary>
/// <c>POST /api/v1/auth/token</c>: a terminal exchanges its API key (<c>X-API-KEY</c>) and its
/// <c>terminal_id</c> for a terminal JWT valid 24 hours, which every service then checks locally.
/// A wrong key, an unknown terminal and a missing one all answer the same 401.
/// </summary>
/// <remarks>
/// The original also took a key alone and searched every tenant's terminals for it; ours keeps
/// no table of keys to search, so <c>terminal_id</c> is required, as the original recommends.
/// </remarks>
internal static class TokenEndpoint
{
    public const string Name = "create_token";

    public static async Task<JsonHttpResult<ApiResponse<TokenResponse>>> HandleAsync(
        [FromHeader(Name = TerminalKeyAuthentication.HeaderName)] string? apiKey,
        [FromQuery(Name = TerminalKeyAuthentication.TerminalIdParameter)] string? terminalId,
        ITerminalKeyVerifier verifier,
        TerminalTokens tokens,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            throw Unauthorized("API key is required");
        }

        if (string.IsNullOrEmpty(terminalId))
        {
            throw Unauthorized("terminal_id is required with an API key");
        }

        var terminal = await verifier.VerifyAsync(terminalId, apiKey, cancellationToken) ?? throw Unauthorized("Invalid API key");
        var token = tokens.Issue(terminal);
        return ApiResults.Ok(
            new TokenResponse(token, "bearer", TerminalTokens.LifetimeSeconds), $"Token issued for terminal {terminal.TerminalId}", Name);
    }

    private static KugelposException Unauthorized(string message) =>
        new(StatusCodes.Status401Unauthorized, KugelposErrorCodes.AuthenticationError, message);
}
