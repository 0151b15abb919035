using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Configures the JWT bearer scheme from <see cref="KugelposJwtOptions"/>: HS256 only, claims kept
/// under their JWT names (<c>sub</c>, <c>tenant_id</c>), expiry required and checked against the
/// injected <see cref="TimeProvider"/> so it follows fake time in tests.
/// </summary>
internal sealed class KugelposJwtBearerSetup : IConfigureNamedOptions<JwtBearerOptions>
{
    private readonly IOptions<KugelposJwtOptions> _jwtOptions;
    private readonly TimeProvider _timeProvider;

    public KugelposJwtBearerSetup(IOptions<KugelposJwtOptions> jwtOptions, TimeProvider timeProvider)
    {
        _jwtOptions = jwtOptions;
        _timeProvider = timeProvider;
    }

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(options);
        }
    }

    public void Configure(JwtBearerOptions options)
    {
        var settings = _jwtOptions.Value;
        options.MapInboundClaims = false;
        options.TimeProvider = _timeProvider;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = KugelposSigningKey.From(settings),
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = settings.Issuer is not null,
            ValidIssuer = settings.Issuer,
            ValidateAudience = settings.Audience is not null,
            ValidAudience = settings.Audience,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ClockSkew = settings.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew),
            NameClaimType = KugelposClaims.Subject,
        };
    }

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } expiry
            && now < expiry.ToUniversalTime() + clockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - clockSkew);
    }
}
