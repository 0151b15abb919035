namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// JWT settings, bound from <c>Kugelpos:Jwt</c> and validated at start-up. The same secret must be
/// configured in every service (the account service issues, all others validate).
/// </summary>
public sealed class KugelposJwtOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Kugelpos:Jwt";

    /// <summary>The HS256 signing secret (<c>Kugelpos:Jwt:Secret</c>), at least 32 bytes of UTF-8.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// A file holding the secret (<c>Kugelpos:Jwt:SecretFile</c>), used when <see cref="Secret"/> is not
    /// set. A missing file is created with a random secret readable only by its owner, so services
    /// started on one machine from the same file share a secret without one being written into
    /// configuration. Relative paths are taken from the working directory.
    /// </summary>
    public string? SecretFile { get; set; }

    /// <summary>If set, tokens carry and must carry this <c>iss</c>; the original Kugelpos sets none.</summary>
    public string? Issuer { get; set; }

    /// <summary>If set, tokens carry and must carry this <c>aud</c>; the original Kugelpos sets none.</summary>
    public string? Audience { get; set; }

    /// <summary>Lifetime of issued tokens; 30 minutes by default as in the original.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Tolerance for clock differences between services when checking expiry; none by default.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.Zero;
}
