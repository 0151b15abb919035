using System.Text.RegularExpressions;

namespace Kugelpos.ServiceDefaults.Logging;

/// <summary>
/// Recognises secrets by name (API keys, PINs, passwords, tokens, authorization headers...) and masks
/// them inside free text: bearer and basic credentials, JWTs, <c>name=value</c> pairs of query strings
/// and forms, <c>"name": "value"</c> JSON members, <c>Name: value</c> header lines and passwords in URIs.
/// Every log event passes through it before any sink sees it.
/// </summary>
public static partial class SecretMasker
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    private static readonly string[] SecretFragments =
        ["password", "passwd", "secret", "token", "apikey", "authorization", "credential", "cookie", "pincode", "privatekey"];

    /// <summary>
    /// Whether a property, header, claim or parameter name denotes a secret. Separators and case are
    /// ignored, so <c>X-API-KEY</c>, <c>api_key</c> and <c>ApiKey</c> all match.
    /// </summary>
    /// <param name="name">The name to test.</param>
    public static bool IsSecretName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var normalized = string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return normalized == "pwd"
            || normalized.EndsWith("pin", StringComparison.Ordinal)
            || SecretFragments.Any(fragment => normalized.Contains(fragment, StringComparison.Ordinal));
    }

    /// <summary>Returns <paramref name="text"/> with every recognisable secret value replaced by <see cref="Mask"/>.</summary>
    /// <param name="text">Free text, e.g. a URL, a header dump or an exception message.</param>
    public static string MaskText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 4)
        {
            return text;
        }

        var masked = AuthorizationScheme().Replace(text, m => $"{m.Groups["scheme"].Value} {Mask}");
        masked = JsonWebToken().Replace(masked, Mask);
        masked = UriPassword().Replace(masked, Mask);
        masked = JsonMember().Replace(masked, m => MaskIfSecret(m, m.Groups["value"]));
        masked = KeyValuePair().Replace(masked, m => MaskIfSecret(m, m.Groups["value"]));
        masked = HeaderLine().Replace(masked, m => MaskIfSecret(m, m.Groups["value"]));
        return string.Equals(masked, text, StringComparison.Ordinal) ? text : masked;
    }

    private static string MaskIfSecret(Match match, Group value)
    {
        // "Authorization: Bearer ***" is already masked by the scheme rule; leave the scheme readable.
        if (!IsSecretName(match.Groups["key"].Value) || value.Length == 0 || value.Value == Mask
            || value.Value.Equals("bearer", StringComparison.OrdinalIgnoreCase)
            || value.Value.Equals("basic", StringComparison.OrdinalIgnoreCase))
        {
            return match.Value;
        }

        var start = value.Index - match.Index;
        return string.Concat(match.Value.AsSpan(0, start), Mask, match.Value.AsSpan(start + value.Length));
    }

    [GeneratedRegex(@"\b(?<scheme>bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationScheme();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"(?<=://[^/\s:@]*:)[^@\s/]+(?=@)", RegexOptions.CultureInvariant)]
    private static partial Regex UriPassword();

    [GeneratedRegex(@"""(?<key>[^""\\]{1,64})""\s*:\s*""(?<value>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex JsonMember();

    [GeneratedRegex(@"(?<key>[A-Za-z0-9_\-.\[\]]{1,64})=(?<value>[^&\s#;,""']*)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValuePair();

    [GeneratedRegex(@"(?<key>[A-Za-z0-9_\-]{1,64})\s*:\s*(?<value>[^\s,;&""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
