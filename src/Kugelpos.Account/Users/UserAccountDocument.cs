using Kugelpos.DocumentStore;

namespace Kugelpos.Account.Users;

/// <summary>A user account as stored in <c>db_account_{tenant}.user_accounts</c>.</summary>
/// <param name="Id">A fresh unique id; usernames are unique through their own index.</param>
/// <param name="Username">The login name, unique within the tenant.</param>
/// <param name="TenantId">The tenant the user belongs to.</param>
/// <param name="HashedPassword">The bcrypt hash; never logged nor sent.</param>
/// <param name="IsSuperuser">Whether the user administers the tenant.</param>
/// <param name="IsActive">Inactive users cannot log in.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">When the account was last changed, if ever.</param>
/// <param name="LastLogin">The last successful login, if any.</param>
internal sealed record UserAccountDocument(
    string Id,
    string Username,
    string TenantId,
    string HashedPassword,
    bool IsSuperuser,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? LastLogin) : IDocument
{
    /// <summary>Without the hash, so a logged document cannot leak it.</summary>
    public override string ToString() =>
        $"UserAccountDocument {{ Id = {Id}, Username = {Username}, TenantId = {TenantId}, IsSuperuser = {IsSuperuser}, IsActive = {IsActive} }}";
}
