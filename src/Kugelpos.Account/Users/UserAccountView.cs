namespace Kugelpos.Account.Users;

/// <summary>
/// A user account as the API returns it (OpenAPI schema <c>UserAccountInDB</c>). The schema
/// requires <c>password</c> and <c>hashedPassword</c>; both are always masked (the original sent
/// the hash).
/// </summary>
/// <param name="Username">The login name.</param>
/// <param name="Password">Always <see cref="Masked"/>.</param>
/// <param name="TenantId">The tenant.</param>
/// <param name="HashedPassword">Always <see cref="Masked"/>.</param>
/// <param name="IsSuperuser">Whether the user administers the tenant.</param>
/// <param name="IsActive">Whether the user can log in.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">When it was last changed, or null.</param>
/// <param name="LastLogin">The last successful login, or null.</param>
public sealed record UserAccountView(
    string Username,
    string Password,
    string TenantId,
    string HashedPassword,
    bool IsSuperuser,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? LastLogin)
{
    /// <summary>What stands in for the password and its hash.</summary>
    public const string Masked = "*****";

    internal static UserAccountView From(UserAccountDocument user) => new(
        user.Username,
        Masked,
        user.TenantId,
        Masked,
        user.IsSuperuser,
        user.IsActive,
        user.CreatedAt,
        user.UpdatedAt,
        user.LastLogin);
}
