namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// The terminal API-key scheme: a POS device sends its key in <c>X-API-KEY</c> and names itself with
/// <c>terminal_id</c> (the route's <c>{terminal_id}</c> where the endpoint has one, else the query
/// parameter). The key is checked through the service's <see cref="ITerminalKeyVerifier"/>; a
/// service that registers none refuses every key.
/// </summary>
public static class TerminalKeyAuthentication
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "KugelposTerminalKey";

    /// <summary>The header the key is sent in.</summary>
    public const string HeaderName = "X-API-KEY";

    /// <summary>The route value or query parameter naming the terminal.</summary>
    public const string TerminalIdParameter = "terminal_id";

    /// <summary>What <c>WWW-Authenticate</c> names on a refused key, as the original answers.</summary>
    public const string ChallengeName = "API-Key";
}
