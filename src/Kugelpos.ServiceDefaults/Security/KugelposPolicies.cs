namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Authorization policy names registered by <c>AddKugelposJwt</c>.</summary>
public static class KugelposPolicies
{
    /// <summary>
    /// A valid Kugelpos JWT (user, terminal or service token) that names a tenant (non-empty
    /// <c>tenant_id</c> claim), and where the route has a <c>{tenant_id}</c>, that very tenant.
    /// </summary>
    public const string Tenant = "KugelposTenant";
}
