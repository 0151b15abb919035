using System.Text.RegularExpressions;

namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// The subset of Dapr's CEL route matching the sidecar understands: <c>event.type == "x"</c>.
/// Full CEL is a language of its own; refusing the rest at load time is safer than guessing.
/// </summary>
public static partial class RouteMatch
{
    /// <summary>Whether <paramref name="match"/> is an expression this sidecar evaluates.</summary>
    public static bool IsSupported(string match) => Expression().IsMatch(match);

    /// <summary>Whether a CloudEvent of type <paramref name="eventType"/> satisfies <paramref name="match"/>.</summary>
    public static bool Matches(string match, string? eventType)
    {
        var m = Expression().Match(match);
        return m.Success && string.Equals(m.Groups["type"].Value, eventType, StringComparison.Ordinal);
    }

    [GeneratedRegex("""^\s*event\.type\s*==\s*["'](?<type>[^"']*)["']\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
