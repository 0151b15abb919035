using Kugelpos.Account.Tenants;
using Kugelpos.Account.Users;
using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Account.Registration;

/// <summary>Creates tenants with their superuser, and the users a superuser adds to a tenant.</summary>
internal sealed class UserRegistration(
    TenantRegistry tenants,
    UserAccounts users,
    PasswordHasher hasher,
    TenantIdGenerator tenantIds,
    TimeProvider time,
    ILogger<UserRegistration> logger)
{
    /// <summary>The message of a successful registration, worded as the original's.</summary>
    public const string SuccessMessage = "User registration successful";

    /// <summary>How many generated ids are tried before giving up (26 x 9000 ids exist).</summary>
    internal const int GeneratedIdAttempts = 20;

    /// <summary>
    /// Claims the requested tenant (409 naming <c>tenantId</c> when it is taken) or a generated one,
    /// and creates its superuser.
    /// </summary>
    public async Task<UserAccountDocument> RegisterSuperuserAsync(UserAccountRequest request, CancellationToken cancellationToken)
    {
        var (username, password) = request.Credentials;
        var requestedTenantId = request.RequestedTenantId;

        // Hash before claiming, so a claimed tenant gets its superuser as soon as possible.
        var hashedPassword = hasher.Hash(password);
        var tenantId = await ClaimTenantAsync(requestedTenantId, cancellationToken);
        var superuser = NewUser(username, tenantId, hashedPassword, isSuperuser: true);
        try
        {
            await users.AddAsync(superuser, cancellationToken);
        }
        catch
        {
            // A tenant without its superuser could never be used; give the id back.
            await tenants.ReleaseAsync(tenantId, CancellationToken.None);
            throw;
        }

        logger.LogInformation("Tenant {TenantId} registered with superuser {Username}", tenantId, username);
        return superuser;
    }

    /// <summary>
    /// True when the caller is, according to the store and not only to its token, an active
    /// superuser of a registered tenant.
    /// </summary>
    public async Task<bool> CanRegisterUsersAsync(string? tenantId, string? username, CancellationToken cancellationToken)
    {
        if (tenantId is null || username is null || !await tenants.ExistsAsync(tenantId, cancellationToken))
        {
            return false;
        }

        var caller = await users.FindAsync(tenantId, username, cancellationToken);
        return caller is { IsActive: true, IsSuperuser: true };
    }

    /// <summary>Creates a regular user in the tenant; a taken username is a 409 naming <c>username</c>.</summary>
    public async Task<UserAccountDocument> RegisterUserAsync(
        string tenantId, UserAccountRequest request, CancellationToken cancellationToken)
    {
        var (username, password) = request.Credentials;
        var user = NewUser(username, tenantId, hasher.Hash(password), isSuperuser: false);
        await users.AddAsync(user, cancellationToken);
        logger.LogInformation("User {Username} registered in tenant {TenantId}", username, tenantId);
        return user;
    }

    private async Task<string> ClaimTenantAsync(string? requestedTenantId, CancellationToken cancellationToken)
    {
        if (requestedTenantId is not null)
        {
            return await tenants.TryClaimAsync(requestedTenantId, cancellationToken)
                ? requestedTenantId
                : throw new KugelposException(
                    StatusCodes.Status409Conflict,
                    AccountErrorCodes.TenantAlreadyExists,
                    "The tenant id is already registered",
                    "tenantId");
        }

        for (var attempt = 0; attempt < GeneratedIdAttempts; attempt++)
        {
            var candidate = tenantIds.Next();
            if (await tenants.TryClaimAsync(candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new KugelposException(
            StatusCodes.Status503ServiceUnavailable,
            AccountErrorCodes.NoFreeTenantId,
            "No free tenant id was found; please try again",
            "tenantId");
    }

    private UserAccountDocument NewUser(string username, string tenantId, string hashedPassword, bool isSuperuser)
    {
        var now = StoredTime.Now(time);
        return new(
            Guid.CreateVersion7(now).ToString("N"),
            username,
            tenantId,
            hashedPassword,
            isSuperuser,
            IsActive: true,
            CreatedAt: now,
            UpdatedAt: null,
            LastLogin: null);
    }
}
