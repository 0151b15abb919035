using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.DocumentStore;
using Kugelpos.ServiceDefaults.Security;
using Kugelpos.Terminal.Terminals;

namespace Kugelpos.Terminal.Auth;

/// <summary>
/// The terminal service's own key check: the presented key's lookup hash, compared by the
/// terminal's actor with the hash it keeps. The key itself never leaves this process.
/// </summary>
internal sealed class ActorTerminalKeyVerifier(TerminalGateway terminals) : ITerminalKeyVerifier
{
    /// <inheritdoc />
    public async Task<TerminalTokenClaims?> VerifyAsync(string terminalId, string apiKey, CancellationToken cancellationToken)
    {
        // An id that cannot be a terminal's wakes no actor.
        if (string.IsNullOrEmpty(apiKey) || !IsTerminalId(terminalId))
        {
            return null;
        }

        var reply = await terminals.Actor(terminalId).VerifyApiKeyAsync(new VerifyApiKeyRequest { ApiKeyHash = TerminalApiKey.LookupHash(apiKey) });
        return reply.Refusal is null && reply.Terminal is { } terminal ? TerminalTokens.ClaimsOf(terminal) : null;
    }

    // {tenant}-{store}-{no}: a valid tenant id, a store code, a number.
    private static bool IsTerminalId(string? terminalId)
    {
        if (terminalId is null)
        {
            return false;
        }

        var first = terminalId.IndexOf('-', StringComparison.Ordinal);
        var last = terminalId.LastIndexOf('-');
        return first > 0 && last > first + 1
            && TenantId.IsValid(terminalId[..first])
            && int.TryParse(terminalId[(last + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
