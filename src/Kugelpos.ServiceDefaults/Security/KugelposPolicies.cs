namespace Kugelpos.ServiceDefaults.Security;

/// <summary>Authorization policy names registered by <c>AddKugelposJwt</c>.</summary>
public static class KugelposPolicies
{
    /// <summary>A valid Kugelpos JWT that names a tenant (non-empty <c>tenant_id</c> claim).</summary>
    public const string Tenant = "KugelposTenant";
}
