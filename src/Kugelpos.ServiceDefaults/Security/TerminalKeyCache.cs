using Kugelpos.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Remembers the verifier's answers for a short while (<see cref="TerminalKeyCacheOptions"/>), keyed by
/// the key's lookup hash and the terminal id (never the key itself), so a POS device's steady stream of
/// requests costs no call to the terminal. A refusal is kept apart from a verified terminal and for less
/// time; a failure to verify (the terminal unreachable) is not kept. A tenant's user may see and forget
/// the tenant's verified terminals (the cart's <c>/api/v1/cache/terminal</c> endpoints).
/// </summary>
public sealed class TerminalKeyCache : IDisposable
{
    private readonly ShortLivedCache<(string LookupHash, string TerminalId), TerminalTokenClaims> _cache;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="options">Its size and how long answers are kept.</param>
    /// <param name="timeProvider">The clock entries expire by.</param>
    public TerminalKeyCache(IOptions<TerminalKeyCacheOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _cache = new(new ShortLivedCacheLimits(settings.CacheSize, settings.CacheDuration, settings.RefusalCacheDuration), timeProvider);
    }

    /// <summary>Every entry kept, a verified terminal or a refused key, of every tenant.</summary>
    public int Count => _cache.Entries().Count;

    /// <summary>The verified terminals of <paramref name="tenantId"/> kept, one per key (a terminal whose key changed may be there twice).</summary>
    /// <param name="tenantId">The tenant.</param>
    public IReadOnlyList<TerminalTokenClaims> VerifiedTerminals(string tenantId) =>
        [.. _cache.Entries().Select(e => e.Value).OfType<TerminalTokenClaims>().Where(t => IsOf(t, tenantId))];

    /// <summary>Forgets the verified terminals of <paramref name="tenantId"/>, so their next request is checked again.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <returns>How many entries were forgotten.</returns>
    public int Forget(string tenantId) => _cache.Remove((_, terminal) => terminal is not null && IsOf(terminal, tenantId));

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    /// <summary>The terminal <paramref name="apiKey"/> belongs to, from the cache or else from <paramref name="verifier"/>.</summary>
    internal ValueTask<TerminalTokenClaims?> VerifyAsync(
        string terminalId, string apiKey, ITerminalKeyVerifier verifier, CancellationToken cancellationToken) =>
        _cache.GetOrLoadAsync(
            (TerminalApiKey.LookupHash(apiKey), terminalId),
            async token =>
            {
                var terminal = await verifier.VerifyAsync(terminalId, apiKey, token);

                // A verifier that answers for another terminal than the one asked about has not verified this one.
                return terminal is not null && string.Equals(terminal.TerminalId, terminalId, StringComparison.Ordinal) ? terminal : null;
            },
            cancellationToken);

    private static bool IsOf(TerminalTokenClaims terminal, string tenantId) =>
        string.Equals(terminal.TenantId, tenantId, StringComparison.Ordinal);
}
