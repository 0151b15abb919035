using System.Text.RegularExpressions;

namespace Kugelpos.Account.Tenants;

/// <summary>What a tenant id may look like.</summary>
internal static partial class TenantIds
{
    /// <summary>The longest tenant id.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Letters, digits and '_' only: a tenant id becomes part of database and file names. Stricter than
    /// the document store (which also allows '-'), which leaves room for the registry's own database.
    /// </summary>
    public static bool IsValid(string? tenantId) => tenantId is not null && Pattern().IsMatch(tenantId);

    [GeneratedRegex("^[A-Za-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
