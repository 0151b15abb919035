using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Issues HS256 Kugelpos JWTs (<c>sub</c>, <c>tenant_id</c>, <c>is_superuser</c>, <c>exp</c>) that
/// every service accepts: user and terminal tokens, and the short-lived service tokens services
/// call each other with. Registered by <c>AddKugelposJwt</c>; expiry follows the injected
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class KugelposTokenIssuer
{
    private static readonly HashSet<string> ReservedClaims =
        [
            KugelposClaims.Subject, KugelposClaims.TenantId, KugelposClaims.IsSuperuser, KugelposClaims.Expires,
            KugelposClaims.Service, KugelposClaims.IsServiceAccount, "iat", "nbf", "iss", "aud",
        ];

    private readonly IOptions<KugelposJwtOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Creates the issuer.</summary>
    /// <param name="options">The JWT settings (secret, lifetime, optional issuer and audience).</param>
    /// <param name="timeProvider">The clock that issue and expiry times are read from.</param>
    public KugelposTokenIssuer(IOptions<KugelposJwtOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <summary>How long a service token lives unless told otherwise: 5 minutes, as the original's.</summary>
    public static readonly TimeSpan ServiceTokenLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Creates a service token, as the original's <c>create_service_token</c> does: <c>sub</c>
    /// <c>service:{name}</c>, <c>tenant_id</c>, <c>service</c>, <c>is_service_account: true</c>,
    /// <c>is_superuser: false</c>, valid for <see cref="ServiceTokenLifetime"/>. The callee accepts it
    /// for that tenant only.
    /// </summary>
    /// <param name="serviceName">The calling service, e.g. <c>report</c>.</param>
    /// <param name="tenantId">The tenant the call is made for.</param>
    /// <param name="lifetime">Token lifetime; <see cref="ServiceTokenLifetime"/> when null.</param>
    /// <returns>The compact JWT.</returns>
    public string IssueServiceToken(string serviceName, string tenantId, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        return Create(
            KugelposClaims.ServiceSubjectPrefix + serviceName,
            tenantId,
            isSuperuser: false,
            lifetime ?? ServiceTokenLifetime,
            new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [KugelposClaims.Service] = serviceName,
                [KugelposClaims.IsServiceAccount] = true,
            });
    }

    /// <summary>How long a terminal token lives: 24 hours, as the original's.</summary>
    public static readonly TimeSpan TerminalTokenLifetime = TimeSpan.FromHours(24);

    /// <summary>
    /// Creates a terminal JWT, as the original's <c>create_terminal_token</c> does (without its
    /// <c>iss</c>, which no service checks): <c>sub</c> <c>terminal:{terminal_id}</c> and the claims
    /// of <paramref name="terminal"/>, valid for <see cref="TerminalTokenLifetime"/>.
    /// </summary>
    /// <param name="terminal">The terminal as it stands.</param>
    /// <returns>The compact JWT.</returns>
    public string IssueTerminalToken(TerminalTokenClaims terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        return Create(
            TerminalTokenClaims.SubjectPrefix + terminal.TerminalId,
            terminal.TenantId,
            isSuperuser: false,
            TerminalTokenLifetime,
            terminal.ToAdditionalClaims());
    }

    /// <summary>Creates a signed user or terminal token.</summary>
    /// <param name="subject">The user name or terminal id (<c>sub</c>).</param>
    /// <param name="tenantId">The tenant (<c>tenant_id</c>).</param>
    /// <param name="isSuperuser">Whether the user is the tenant's superuser (<c>is_superuser</c>).</param>
    /// <param name="lifetime">Token lifetime; <see cref="KugelposJwtOptions.TokenLifetime"/> (30 min) when null.</param>
    /// <param name="additionalClaims">Further claims, e.g. for terminal tokens; may not redefine the standard ones.</param>
    /// <returns>The compact JWT.</returns>
    public string Issue(
        string subject,
        string tenantId,
        bool isSuperuser,
        TimeSpan? lifetime = null,
        IReadOnlyDictionary<string, object>? additionalClaims = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        foreach (var name in (additionalClaims ?? new Dictionary<string, object>()).Keys)
        {
            if (ReservedClaims.Contains(name))
            {
                throw new ArgumentException($"Claim '{name}' is set by the issuer itself.", nameof(additionalClaims));
            }
        }

        return Create(subject, tenantId, isSuperuser, lifetime ?? _options.Value.TokenLifetime, additionalClaims);
    }

    private string Create(
        string subject, string tenantId, bool isSuperuser, TimeSpan validFor, IReadOnlyDictionary<string, object>? additionalClaims)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (validFor <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(validFor), validFor, "A token lifetime must be positive.");
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [KugelposClaims.Subject] = subject,
            [KugelposClaims.TenantId] = tenantId,
            [KugelposClaims.IsSuperuser] = isSuperuser,
        };
        foreach (var (name, value) in additionalClaims ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }

        var settings = _options.Value;
        var now = _timeProvider.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            Expires = (now + validFor).UtcDateTime,
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            SigningCredentials = new SigningCredentials(KugelposSigningKey.From(settings), SecurityAlgorithms.HmacSha256),
        });
    }
}
