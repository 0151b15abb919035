using Kugelpos.Account.Tenants;
using Kugelpos.Account.Users;
using Kugelpos.DocumentStore;

namespace Kugelpos.Account.Login;

/// <summary>
/// Checks a login. Every refusal looks the same from outside, and costs one bcrypt verification
/// even when there is no user to check, so neither the answer nor its timing tells which tenants
/// and usernames exist.
/// </summary>
internal sealed class Authenticator(
    TenantRegistry tenants,
    UserAccounts users,
    PasswordHasher hasher,
    TimeProvider time,
    ILogger<Authenticator> logger)
{
    /// <summary>The user, with its last login recorded, or null when the login is refused.</summary>
    public async Task<UserAccountDocument?> AuthenticateAsync(
        string tenantId, string username, string password, CancellationToken cancellationToken)
    {
        var tenantExists = await tenants.ExistsAsync(tenantId, cancellationToken);
        var user = tenantExists ? await users.FindAsync(tenantId, username, cancellationToken) : null;

        // The password is checked before the account state, so an inactive account costs the same.
        var passwordMatches = user is null
            ? hasher.VerifyNobody(password)
            : PasswordHasher.Verify(password, user.HashedPassword);
        var refusal = (tenantExists, user, passwordMatches) switch
        {
            (false, _, _) => "unknown tenant",
            (_, null, _) => "unknown user",
            (_, _, false) => "wrong password",
            (_, { IsActive: false }, _) => "inactive user",
            _ => null,
        };
        if (refusal is not null || user is null)
        {
            // No username here: people type their password into the username field.
            logger.LogInformation("Login refused in tenant {TenantId}: {Reason}", tenantId, refusal);
            return null;
        }

        var loggedIn = user with { LastLogin = StoredTime.Now(time) };
        await users.SaveAsync(loggedIn, cancellationToken);
        logger.LogInformation("User {Username} logged in to tenant {TenantId}", user.Username, user.TenantId);
        return loggedIn;
    }
}
