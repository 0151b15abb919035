namespace Kugelpos.Account.Registration;

/// <summary>The body of both registration endpoints (OpenAPI schema <c>UserAccount</c>).</summary>
/// <param name="Username">The login name (required).</param>
/// <param name="Password">The password (required); only its hash is kept.</param>
/// <param name="TenantId">For <c>/register</c>, the tenant to create; generated when absent. Ignored by <c>/register/user</c>.</param>
public sealed record UserAccountRequest(string? Username, string? Password, string? TenantId)
{
    /// <summary>Without the password, so a logged request cannot leak it.</summary>
    public override string ToString() => $"UserAccountRequest {{ Username = {Username}, TenantId = {TenantId} }}";
}
