namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// THE table of endpoints in our generated documents that the original's documents lack, each
/// with its reason. An endpoint that is neither in the original nor here fails the coverage test,
/// and so does an entry here that a service no longer serves.
/// </summary>
/// <remarks>
/// <c>/openapi.json</c> and <c>/docs</c> are served by every service too (as by the original's
/// FastAPI services, whose documents likewise leave them out); a document does not describe
/// itself, so they are not in the table. <c>DocumentEndpointsTests</c> checks them.
/// </remarks>
public static class AddedEndpoints
{
    /// <summary>Marks an entry that applies to every service.</summary>
    public const string EveryService = "*";

    private const string PromotionsReason =
        "The original's promotion_master.py (promotions and the ones active now, used by the cart), absent from its published master-data.json.";

    private const string DeadLettersReason =
        "Ours: the events a subscriber dropped or could not apply, kept for an operator; the original returned 200 on failure and lost them.";

    /// <summary>Every addition.</summary>
    public static IReadOnlyList<AddedEndpoint> All { get; } =
    [
        new(EveryService, Endpoint.Of("get", "/health/live"),
            "Kubernetes liveness probe; the original had only /health, which always answers 200."),
        new(EveryService, Endpoint.Of("get", "/health/ready"),
            "Kubernetes readiness probe: 503 while a dependency the service needs is down."),
        new(EveryService, Endpoint.Of("get", "/metrics"),
            "Prometheus scrape endpoint for the OpenTelemetry metrics; the original had no metrics."),

        // The original serves promotions (promotion_master.py) but its published document predates them.
        new("master-data", Endpoint.Of("post", "/api/v1/tenants/{tenant_id}/promotions"), PromotionsReason),
        new("master-data", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/promotions"), PromotionsReason),
        new("master-data", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/promotions/active"), PromotionsReason),
        new("master-data", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/promotions/{promotion_code}"), PromotionsReason),
        new("master-data", Endpoint.Of("put", "/api/v1/tenants/{tenant_id}/promotions/{promotion_code}"), PromotionsReason),
        new("master-data", Endpoint.Of("delete", "/api/v1/tenants/{tenant_id}/promotions/{promotion_code}"), PromotionsReason),

        new("report", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/dead-letters"), DeadLettersReason),
        new("journal", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/dead-letters"), DeadLettersReason),
        new("stock", Endpoint.Of("get", "/api/v1/tenants/{tenant_id}/dead-letters"), DeadLettersReason),

        new("terminal", Endpoint.Of("post", "/api/v1/auth/token"),
            "The original's auth.py exchanges an API key for a terminal JWT, but its published document leaves it out."),
    ];

    /// <summary>The additions that apply to <paramref name="service"/>.</summary>
    /// <param name="service">A service name.</param>
    public static IEnumerable<AddedEndpoint> For(string service) => All.Where(entry => entry.AppliesTo(service));
}
