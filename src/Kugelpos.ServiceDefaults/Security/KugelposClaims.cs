namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Claim names of a Kugelpos JWT, as the original services issue them.</summary>
public static class KugelposClaims
{
    /// <summary>The user name (or terminal id for terminal tokens, <c>service:{name}</c> for service tokens).</summary>
    public const string Subject = "sub";

    /// <summary>The tenant the caller belongs to, e.g. <c>A1234</c>.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>Whether the user is the tenant's superuser (JSON boolean).</summary>
    public const string IsSuperuser = "is_superuser";

    /// <summary>The calling service's name in a service token, e.g. <c>report</c>.</summary>
    public const string Service = "service";

    /// <summary>True (JSON boolean) in a service token: the caller is a service, not a user.</summary>
    public const string IsServiceAccount = "is_service_account";

    /// <summary>What a service token's <c>sub</c> starts with: <c>service:{name}</c>.</summary>
    public const string ServiceSubjectPrefix = "service:";

    /// <summary>Expiry, seconds since the Unix epoch.</summary>
    public const string Expires = "exp";
}
