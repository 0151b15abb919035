using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Kugelpos.Terminal.Stores;

/// <summary>
/// The store code rule: 1 to 20 ASCII letters, digits or '_'. A store code is the middle part of a
/// terminal id (<c>{tenant}-{store}-{no}</c>), so it never contains '-'; it is also a document key.
/// </summary>
internal static partial class StoreCode
{
    /// <summary>The longest store code.</summary>
    public const int MaxLength = 20;

    /// <summary>What a client is told when its store code breaks the rule.</summary>
    public const string RuleText = "1 to 20 ASCII letters, digits or '_'";

    /// <summary>True when <paramref name="value"/> follows the rule.</summary>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9_]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
