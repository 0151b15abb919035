using System.Text.Json.Serialization;

namespace Kugelpos.Cart.Cache;

/// <summary>The answer of <c>DELETE /api/v1/cache/terminal</c>, with the original's snake_case keys.</summary>
/// <param name="Message">What was done, as the original says it.</param>
/// <param name="CacheType">Always <c>terminal_info</c>.</param>
/// <param name="TenantId">The caller's tenant.</param>
/// <param name="ItemsCleared">The tenant's verified keys forgotten; refused keys are left to expire.</param>
public sealed record TerminalCacheCleared(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("cache_type")] string CacheType,
    [property: JsonPropertyName("tenant_id")] string TenantId,
    [property: JsonPropertyName("items_cleared")] int ItemsCleared);
