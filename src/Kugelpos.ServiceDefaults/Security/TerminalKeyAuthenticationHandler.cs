using System.Security.Claims;
using System.Text.Encodings.Web;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Authenticates a terminal by <c>X-API-KEY</c> and <c>terminal_id</c> through the service's
/// <see cref="ITerminalKeyVerifier"/> (behind <see cref="TerminalKeyCache"/>). A verified key gives the
/// claims a terminal JWT carries. A wrong key, an unknown terminal and another tenant's terminal all
/// answer the same 401, so a caller learns nothing about what exists; the key is never logged.
/// </summary>
internal sealed class TerminalKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    TerminalKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string InvalidKey = "Invalid API key";
    public const string MissingTerminalId = "terminal_id is required with X-API-KEY";

    // Far above a real key (43 characters) and terminal id; longer input is refused unasked.
    private const int MaxKeyLength = 256;
    private const int MaxTerminalIdLength = 128;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var apiKey = Request.Headers[TerminalKeyAuthentication.HeaderName].ToString();
        if (apiKey.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var terminalId = TerminalIdOf(Context);
        if (terminalId is null)
        {
            return AuthenticateResult.Fail(MissingTerminalId);
        }

        var verifier = Context.RequestServices.GetService<ITerminalKeyVerifier>();
        if (verifier is null)
        {
            Logger.LogInformation("Refused an API key for terminal {TerminalId}: this service takes no API keys", terminalId);
            return AuthenticateResult.Fail(InvalidKey);
        }

        var terminal = apiKey.Length > MaxKeyLength || terminalId.Length > MaxTerminalIdLength
            ? null
            : await cache.VerifyAsync(terminalId, apiKey, verifier, Context.RequestAborted);
        if (terminal is null)
        {
            Logger.LogInformation("Refused the API key presented for terminal {TerminalId}", terminalId);
            return AuthenticateResult.Fail(InvalidKey);
        }

        var principal = new ClaimsPrincipal(terminal.ToIdentity(Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var missingTerminal = result.Failure?.Message == MissingTerminalId;
        var message = missingTerminal ? MissingTerminalId : InvalidKey;
        Response.Headers.WWWAuthenticate = TerminalKeyAuthentication.ChallengeName;
        var envelope = ErrorEnvelope.Create(
            StatusCodes.Status401Unauthorized,
            KugelposErrorCodes.AuthenticationError,
            message,
            message,
            missingTerminal ? new[] { new FieldError(TerminalKeyAuthentication.TerminalIdParameter, message) } : null,
            ErrorEnvelope.OperationName(Context, "terminal_api_key"));
        await ErrorEnvelope.WriteAsync(Context, envelope);
    }

    // The route's {terminal_id} names the terminal the request is about; elsewhere the query names the caller.
    private static string? TerminalIdOf(HttpContext context)
    {
        var fromRoute = context.GetRouteValue(TerminalKeyAuthentication.TerminalIdParameter)?.ToString();
        var terminalId = string.IsNullOrEmpty(fromRoute)
            ? context.Request.Query[TerminalKeyAuthentication.TerminalIdParameter].ToString()
            : fromRoute;
        return string.IsNullOrWhiteSpace(terminalId) ? null : terminalId;
    }
}
