using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Kugelpos.DocumentStore;

/// <summary>
/// A tenant id, the one rule for every service: 1 to 32 ASCII letters, digits or '_'. The original
/// finds a terminal's tenant as the part of <c>{tenant}-{store}-{no}</c> before the first '-', so a
/// tenant id never contains '-'; it also becomes part of database and file names, so it carries no
/// dots, separators or spaces. Generated ids look like <c>A1234</c>.
/// </summary>
public readonly partial record struct TenantId
{
    /// <summary>The longest tenant id.</summary>
    public const int MaxLength = 32;

    /// <summary>What a client is told when its tenant id breaks the rule.</summary>
    public const string RuleText = "1 to 32 ASCII letters, digits or '_'";

    private TenantId(string value) => Value = value;

    /// <summary>The id as registered.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> follows the tenant id rule.</summary>
    /// <param name="value">The candidate.</param>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>The tenant id, or false when <paramref name="value"/> breaks the rule.</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="tenantId">The parsed id.</param>
    public static bool TryParse([NotNullWhen(true)] string? value, out TenantId tenantId)
    {
        tenantId = IsValid(value) ? new TenantId(value) : default;
        return tenantId.Value is not null;
    }

    /// <summary>The tenant id; throws naming <c>tenant_id</c> when <paramref name="value"/> breaks the rule.</summary>
    /// <param name="value">The candidate.</param>
    /// <exception cref="ArgumentException">The value is not a tenant id.</exception>
    public static TenantId Parse(string? value) =>
        TryParse(value, out var tenantId)
            ? tenantId
            : throw new ArgumentException($"tenant_id must be {RuleText}.", nameof(value));

    /// <summary>The id itself.</summary>
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex("^[A-Za-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
