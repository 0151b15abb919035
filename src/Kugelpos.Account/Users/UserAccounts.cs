using System.Collections.Concurrent;
using Kugelpos.DocumentStore;
using Kugelpos.DocumentStore.Queries;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Account.Users;

/// <summary>
/// The user accounts of each tenant. Call it only for registered tenants: it opens the tenant's
/// database, which on LiteDB creates a file.
/// </summary>
internal sealed class UserAccounts(IDocumentStore store)
{
    private static readonly string[] UniqueUsername = [nameof(UserAccountDocument.Username)];

    // Tenants whose username index this process has already ensured.
    private readonly ConcurrentDictionary<string, bool> _indexed = new(StringComparer.Ordinal);

    /// <summary>The tenant's user with this username, or null.</summary>
    public async Task<UserAccountDocument?> FindAsync(string tenantId, string username, CancellationToken cancellationToken)
    {
        var users = await CollectionAsync(tenantId, cancellationToken);
        var found = await users.FindAsync(
            DocumentFilter.Eq(nameof(UserAccountDocument.Username), username),
            new DocumentFindOptions { Limit = 1 },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Adds a user; a username already taken in the tenant is a 409 naming <c>username</c>.</summary>
    public async Task AddAsync(UserAccountDocument user, CancellationToken cancellationToken)
    {
        var users = await CollectionAsync(user.TenantId, cancellationToken);
        try
        {
            await users.InsertAsync(user, cancellationToken);
        }
        catch (DuplicateKeyException ex) when (!ex.IsDuplicateId)
        {
            throw new KugelposException(
                StatusCodes.Status409Conflict,
                AccountErrorCodes.UsernameAlreadyExists,
                "The username is already taken in this tenant",
                "username",
                ex);
        }
    }

    /// <summary>Stores a changed user.</summary>
    public async Task SaveAsync(UserAccountDocument user, CancellationToken cancellationToken)
    {
        var users = await CollectionAsync(user.TenantId, cancellationToken);
        await users.UpsertAsync(user, cancellationToken);
    }

    private async Task<IDocumentCollection<UserAccountDocument>> CollectionAsync(string tenantId, CancellationToken cancellationToken)
    {
        var users = store.GetDatabase(AccountStorage.DatabasePrefix, tenantId)
            .GetCollection<UserAccountDocument>(AccountStorage.UserAccounts);
        if (!_indexed.ContainsKey(tenantId))
        {
            await users.EnsureUniqueIndexAsync(UniqueUsername, cancellationToken);
            _indexed.TryAdd(tenantId, true);
        }

        return users;
    }
}
