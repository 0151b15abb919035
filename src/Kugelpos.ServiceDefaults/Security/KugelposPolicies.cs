namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Authorization policy names registered by <c>AddKugelposJwt</c>.</summary>
public static class KugelposPolicies
{
    /// <summary>
    /// A valid Kugelpos JWT (user, terminal or service token) that names a tenant (non-empty
    /// <c>tenant_id</c> claim), and where the route has a <c>{tenant_id}</c>, that very tenant.
    /// </summary>
    public const string Tenant = "KugelposTenant";

    /// <summary>
    /// What <see cref="Tenant"/> asks, from a user's JWT only: no terminal (by JWT or API key) and
    /// no service token. The original's master-data and terminal writes take a user token.
    /// </summary>
    public const string User = "KugelposUser";
}
