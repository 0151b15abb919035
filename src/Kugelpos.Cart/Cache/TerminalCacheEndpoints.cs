using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kugelpos.Cart.Cache;

/// <summary>
/// <c>/api/v1/cache/terminal</c>: what the cart believes about its tenant's terminals (the platform's
/// <see cref="TerminalKeyCache"/>), seen and forgotten by a user of the tenant, as the original's
/// <c>cache.py</c> (a user's JWT; the tenant is the token's). Forgetting makes each terminal's next
/// request be checked with the terminal service again, e.g. after a key was changed.
/// </summary>
internal static class TerminalCacheEndpoints
{
    public const string StatusOperation = "get_cache_status";

    public const string ClearOperation = "clear_cache";

    private const string CacheType = "terminal_info";

    public static void Map(RouteGroupBuilder cache)
    {
        cache.MapGet("terminal/status", Status).WithName(StatusOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<TerminalCacheStatus>>(StatusCodes.Status200OK);
        cache.MapDelete("terminal", Clear).WithName(ClearOperation)
            .RequireAuthorization(KugelposPolicies.User).Produces<ApiResponse<TerminalCacheCleared>>(StatusCodes.Status200OK);
    }

    public static JsonHttpResult<ApiResponse<TerminalCacheStatus>> Status(KugelposCaller caller, TerminalKeyCache cache)
    {
        var terminals = cache.VerifiedTerminals(caller.TenantId);
        return ApiResults.Ok(
            new TerminalCacheStatus(
                CacheType,
                caller.TenantId,
                terminals.Count,
                cache.Count,
                [.. terminals.Select(t => t.TerminalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                "active"),
            $"Terminal cache status for tenant {caller.TenantId}",
            StatusOperation);
    }

    public static JsonHttpResult<ApiResponse<TerminalCacheCleared>> Clear(KugelposCaller caller, TerminalKeyCache cache, ILoggerFactory loggers)
    {
        var cleared = cache.Forget(caller.TenantId);
        loggers.CreateLogger(typeof(TerminalCacheEndpoints)).LogInformation("Terminal cache cleared for tenant {TenantId} by {Subject}: {Count} entries", caller.TenantId, caller.Subject, cleared);
        var message = $"Terminal cache cleared successfully for tenant {caller.TenantId}";
        return ApiResults.Ok(new TerminalCacheCleared(message, CacheType, caller.TenantId, cleared), message, ClearOperation);
    }
}
