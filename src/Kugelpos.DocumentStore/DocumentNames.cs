using System.Text.RegularExpressions;

namespace Kugelpos.DocumentStore;

/// <summary>
/// Validates the names that end up in database names and file paths, so a tenant id can
/// never address another tenant's database (no separators, dots or other path tricks).
/// </summary>
public static partial class DocumentNames
{
    /// <summary>The database name for a service prefix and tenant: <c>{prefix}_{tenant_id}</c>.</summary>
    /// <exception cref="ArgumentException">The prefix or the tenant id is not valid.</exception>
    public static string DatabaseName(string prefix, string tenantId)
    {
        ValidatePrefix(prefix);
        ValidateTenantId(tenantId);
        return $"{prefix}_{tenantId}";
    }

    /// <summary>Throws unless the tenant id follows the one <see cref="TenantId"/> rule.</summary>
    /// <exception cref="ArgumentException">The tenant id is not valid.</exception>
    public static void ValidateTenantId(string? tenantId) => TenantId.Parse(tenantId);

    /// <summary>Throws unless the prefix is a letter followed by letters, digits or '_' (at most 24).</summary>
    /// <exception cref="ArgumentException">The prefix is not valid.</exception>
    public static void ValidatePrefix(string? prefix)
    {
        if (prefix is null || !PrefixPattern().IsMatch(prefix))
        {
            throw new ArgumentException(
                "The database prefix must be an ASCII letter followed by up to 23 letters, digits or '_' (e.g. db_cart).",
                nameof(prefix));
        }
    }

    /// <summary>Throws unless the collection name is a letter followed by letters, digits or '_' (at most 64).</summary>
    /// <exception cref="ArgumentException">The collection name is not valid.</exception>
    public static void ValidateCollectionName(string? name)
    {
        if (name is null || !CollectionPattern().IsMatch(name))
        {
            throw new ArgumentException(
                "The collection name must be an ASCII letter followed by up to 63 letters, digits or '_'.",
                nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,23}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CollectionPattern();
}
