namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Checks a terminal's API key against the terminal itself: in the terminal service through its
/// actor, elsewhere through a Dapr call to the terminal service. Never a copy of the terminal table.
/// </summary>
public interface ITerminalKeyVerifier
{
    /// <summary>
    /// The terminal as it stands when <paramref name="apiKey"/> is its key; null when the key is
    /// wrong or the terminal does not exist (callers must not tell the two apart).
    /// </summary>
    /// <param name="terminalId">The terminal the caller claims to be, <c>{tenant}-{store}-{no}</c>.</param>
    /// <param name="apiKey">The key as sent in <c>X-API-KEY</c>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken);
}
