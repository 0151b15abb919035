namespace Kugelpos.ServiceDefaults.Security;

/// <summary>One cached answer of the verifier: the terminal when the key was its key, null when it was refused.</summary>
/// <param name="Terminal">The verified terminal, or null for a refusal.</param>
internal sealed record CachedVerification(TerminalTokenClaims? Terminal);
