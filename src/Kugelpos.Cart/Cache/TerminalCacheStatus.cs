using System.Text.Json.Serialization;

namespace Kugelpos.Cart.Cache;

/// <summary>
/// The answer of <c>GET /api/v1/cache/terminal/status</c>, with the original's snake_case keys (its
/// answer is a plain dict, which its API sends as written). The original's cache held terminal documents,
/// one per terminal id; ours holds verified API keys, one entry per key and terminal, with the terminal's
/// claims. So <see cref="TenantCacheSize"/> counts the tenant's verified keys (a terminal whose key changed
/// may count twice until the old entry expires), <see cref="TotalCacheSize"/> also counts every tenant's
/// refused keys (kept a few seconds), and a terminal calling with its JWT is never in it.
/// </summary>
/// <param name="CacheType">Always <c>terminal_info</c>, as the original.</param>
/// <param name="TenantId">The caller's tenant.</param>
/// <param name="TenantCacheSize">The tenant's verified keys kept.</param>
/// <param name="TotalCacheSize">Every entry kept, of every tenant.</param>
/// <param name="CachedTerminalIds">The tenant's terminals with a verified key kept, each once, in order.</param>
/// <param name="Status">Always <c>active</c>: the cache cannot be switched off, only made to keep nothing.</param>
public sealed record TerminalCacheStatus(
    [property: JsonPropertyName("cache_type")] string CacheType,
    [property: JsonPropertyName("tenant_id")] string TenantId,
    [property: JsonPropertyName("tenant_cache_size")] int TenantCacheSize,
    [property: JsonPropertyName("total_cache_size")] int TotalCacheSize,
    [property: JsonPropertyName("cached_terminal_ids")] IReadOnlyList<string> CachedTerminalIds,
    [property: JsonPropertyName("status")] string Status);
