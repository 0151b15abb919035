namespace Kugelpos.ServiceDefaults.Caching;

/// <summary>How much a <see cref="ShortLivedCache{TKey, TValue}"/> keeps and for how long.</summary>
/// <param name="Size">Most entries kept at once, at least 1; when full, new answers are not kept until entries expire.</param>
/// <param name="Found">How long an answer is kept; zero keeps none.</param>
/// <param name="NotFound">How long a "none" answer (null) is kept; zero keeps none.</param>
public readonly record struct ShortLivedCacheLimits(int Size, TimeSpan Found, TimeSpan NotFound);
