using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Kugelpos.ServiceDefaults.Security;

/// <summary>
/// Remembers the verifier's answers for a short while, keyed by the key's lookup hash and the terminal
/// id (never the key itself), so a POS device's steady stream of requests costs no call to the
/// terminal. Expiry follows the injected <see cref="TimeProvider"/>. A refusal is kept apart from a
/// verified terminal and for less time; a failure to verify (the terminal unreachable) is not kept.
/// </summary>
internal sealed class TerminalKeyCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TerminalKeyCacheOptions _options;

    public TerminalKeyCache(IOptions<TerminalKeyCacheOptions> options, TimeProvider timeProvider)
    {
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            Clock = new TimeProviderClock(timeProvider),
            SizeLimit = _options.CacheSize,
        });
    }

    /// <summary>The terminal <paramref name="apiKey"/> belongs to, from the cache or else from <paramref name="verifier"/>.</summary>
    public async Task<TerminalTokenClaims?> VerifyAsync(
        string terminalId, string apiKey, ITerminalKeyVerifier verifier, CancellationToken cancellationToken)
    {
        var key = (TerminalApiKey.LookupHash(apiKey), terminalId);
        if (_cache.TryGetValue(key, out CachedVerification? cached) && cached is not null)
        {
            return cached.Terminal;
        }

        var terminal = await verifier.VerifyAsync(terminalId, apiKey, cancellationToken);

        // A verifier that answers for another terminal than the one asked about has not verified this one.
        if (terminal is not null && !string.Equals(terminal.TerminalId, terminalId, StringComparison.Ordinal))
        {
            terminal = null;
        }

        var duration = terminal is null ? _options.RefusalCacheDuration : _options.CacheDuration;
        if (duration > TimeSpan.Zero)
        {
            _cache.Set(key, new CachedVerification(terminal), new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = duration,
                Size = 1,
            });
        }

        return terminal;
    }

    public void Dispose() => _cache.Dispose();
}
