namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Claim names of a Kugelpos JWT, as the original services issue them.</summary>
public static class KugelposClaims
{
    /// <summary>The user name (or terminal id for terminal tokens).</summary>
    public const string Subject = "sub";

    /// <summary>The tenant the caller belongs to, e.g. <c>A1234</c>.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>Whether the user is the tenant's superuser (JSON boolean).</summary>
    public const string IsSuperuser = "is_superuser";

    /// <summary>Expiry, seconds since the Unix epoch.</summary>
    public const string Expires = "exp";
}
