using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Issues HS256 Kugelpos JWTs (<c>sub</c>, <c>tenant_id</c>, <c>is_superuser</c>, <c>exp</c>) that
/// every service accepts. Registered by <c>AddKugelposJwt</c>; expiry follows the injected
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class KugelposTokenIssuer
{
    private static readonly HashSet<string> ReservedClaims =
        [KugelposClaims.Subject, KugelposClaims.TenantId, KugelposClaims.IsSuperuser, KugelposClaims.Expires, "iat", "nbf", "iss", "aud"];

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

    /// <summary>Creates a signed token.</summary>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var settings = _options.Value;
        var validFor = lifetime ?? settings.TokenLifetime;
        if (validFor <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), validFor, "A token lifetime must be positive.");
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [KugelposClaims.Subject] = subject,
            [KugelposClaims.TenantId] = tenantId,
            [KugelposClaims.IsSuperuser] = isSuperuser,
        };
        foreach (var (name, value) in additionalClaims ?? new Dictionary<string, object>())
        {
            if (ReservedClaims.Contains(name))
            {
                throw new ArgumentException($"Claim '{name}' is set by the issuer itself.", nameof(additionalClaims));
            }

            claims[name] = value;
        }

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
