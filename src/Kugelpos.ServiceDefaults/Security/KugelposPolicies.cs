namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Authorization policy names registered by <c>AddKugelposJwt</c>.</summary>
public static class KugelposPolicies
{
    /// <summary>
    /// A valid Kugelpos JWT (user, terminal or service token) or a terminal's verified
    /// <c>X-API-KEY</c> with <c>terminal_id</c>, naming a tenant (non-empty <c>tenant_id</c> claim),
    /// and where the route has a <c>{tenant_id}</c>, that very tenant. A bearer token, when sent, is
    /// judged alone, as the original does. The original's reads take all of these.
    /// </summary>
    public const string Tenant = "KugelposTenant";

    /// <summary>
    /// What <see cref="Tenant"/> asks, from a user's JWT only: no terminal (by JWT or API key) and
    /// no service token. The original's master-data and terminal writes take a user token.
    /// </summary>
    public const string User = "KugelposUser";
}
