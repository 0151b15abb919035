using Microsoft.Extensions.Caching.Memory;

namespace Kugelpos.ServiceDefaults.Caching;

/// <summary>
/// Answers of another service kept in process for a short while, so a steady stream of requests costs
/// no call to it: bounded in entries, expiring by the injected <see cref="TimeProvider"/> (fake time in
/// tests). A "none" answer (null) is kept too, for its own, usually shorter, time; a failure (the
/// loader throwing) is never kept, so the next request asks again. Concurrent misses of one key may
/// each load it; the answers are the same, and a lock would make every caller wait on the slowest.
/// </summary>
/// <typeparam name="TKey">What an answer is looked up by; never a secret (hash one first).</typeparam>
/// <typeparam name="TValue">The answer.</typeparam>
public sealed class ShortLivedCache<TKey, TValue> : IDisposable
    where TKey : notnull
    where TValue : class
{
    private readonly MemoryCache _cache;
    private readonly ShortLivedCacheLimits _limits;

    /// <summary>Creates an empty cache.</summary>
    /// <param name="limits">Its size and how long answers are kept.</param>
    /// <param name="timeProvider">The clock entries expire by.</param>
    public ShortLivedCache(ShortLivedCacheLimits limits, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.Size, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.Found, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.NotFound, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _limits = limits;
        _cache = new MemoryCache(new MemoryCacheOptions
        {
            Clock = new TimeProviderClock(timeProvider),
            SizeLimit = limits.Size,
        });
    }

    /// <summary>The answer for <paramref name="key"/>, kept or else from <paramref name="load"/> (and then kept).</summary>
    /// <param name="key">What the answer is for.</param>
    /// <param name="load">Asks for the answer; null means "none". What it throws reaches the caller and is not kept.</param>
    /// <param name="cancellationToken">Passed to <paramref name="load"/>.</param>
    public async ValueTask<TValue?> GetOrLoadAsync(TKey key, Func<CancellationToken, Task<TValue?>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_cache.TryGetValue(key, out Kept? kept) && kept is not null)
        {
            return kept.Value;
        }

        var value = await load(cancellationToken);
        var duration = value is null ? _limits.NotFound : _limits.Found;
        if (duration > TimeSpan.Zero)
        {
            _cache.Set(key, new Kept(value), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = duration, Size = 1 });
        }

        return value;
    }

    /// <summary>The entries that have not expired, each with its answer (null for a kept "none").</summary>
    public IReadOnlyList<KeyValuePair<TKey, TValue?>> Entries()
    {
        var live = new List<KeyValuePair<TKey, TValue?>>();
        foreach (var key in _cache.Keys)
        {
            // Reading each entry drops it if it has expired, which Keys alone does not.
            if (key is TKey typed && _cache.TryGetValue(typed, out Kept? kept) && kept is not null)
            {
                live.Add(new(typed, kept.Value));
            }
        }

        return live;
    }

    /// <summary>Forgets the entries <paramref name="match"/> picks, so they are asked for again.</summary>
    /// <param name="match">Picks an entry by its key and answer.</param>
    /// <returns>How many entries were forgotten.</returns>
    public int Remove(Func<TKey, TValue?, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var removed = 0;
        foreach (var (key, value) in Entries())
        {
            if (match(key, value))
            {
                _cache.Remove(key);
                removed++;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    // A wrapper, so a kept "none" is told apart from no entry.
    private sealed record Kept(TValue? Value);
}
