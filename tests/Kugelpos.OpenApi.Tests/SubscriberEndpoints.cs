namespace Kugelpos.OpenApi.Tests;

/// <summary>
/// THE table of the original's pub/sub endpoints that a subscriber service serves for its sidecar
/// only: the subscription plumbing (<c>MapKugelposSubscription</c>, <c>UseKugelposSubscriptions</c>)
/// keeps them out of the generated document, since no client but daprd may call them (app token).
/// The coverage test counts them as served; the subscriber's own tests call each of them.
/// </summary>
public static class SubscriberEndpoints
{
    /// <summary>Every sidecar-only endpoint, by service.</summary>
    public static IReadOnlyList<(string Service, Endpoint Endpoint)> All { get; } =
    [
        ("journal", Endpoint.Of("get", "/dapr/subscribe")),
        ("journal", Endpoint.Of("post", "/api/v1/tranlog")),
        ("journal", Endpoint.Of("post", "/api/v1/cashlog")),
        ("journal", Endpoint.Of("post", "/api/v1/opencloselog")),
        ("report", Endpoint.Of("get", "/dapr/subscribe")),
        ("report", Endpoint.Of("post", "/api/v1/tranlog")),
        ("report", Endpoint.Of("post", "/api/v1/cashlog")),
        ("report", Endpoint.Of("post", "/api/v1/opencloselog")),
        ("stock", Endpoint.Of("get", "/dapr/subscribe")),
        ("stock", Endpoint.Of("post", "/api/v1/tranlog")),
    ];

    /// <summary>The sidecar-only endpoints of <paramref name="service"/>.</summary>
    /// <param name="service">A service name.</param>
    public static IEnumerable<Endpoint> For(string service) => All.Where(entry => entry.Service == service).Select(entry => entry.Endpoint);
}
