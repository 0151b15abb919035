namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// One subscription, whether declared by the app (<c>GET /dapr/subscribe</c>) or by a
/// <c>Subscription</c> resource: which topic of which pub/sub goes to which route.
/// </summary>
/// <param name="PubsubName">The pub/sub component name.</param>
/// <param name="Topic">The topic.</param>
/// <param name="DefaultRoute">The route used when no rule matches (or the only route).</param>
/// <param name="Rules">Routing rules, tried in order. Only <c>match</c> expressions of the form
/// <c>event.type == "x"</c> are understood; others fail loading.</param>
/// <param name="DeadLetterTopic">Where dropped messages go, if anywhere.</param>
/// <param name="Metadata">Subscription metadata (e.g. <c>rawPayload</c>).</param>
/// <param name="Scopes">App ids the subscription applies to; empty means all (resources only).</param>
public sealed record SubscriptionSpec(
    string PubsubName,
    string Topic,
    string DefaultRoute,
    IReadOnlyList<RouteRule> Rules,
    string? DeadLetterTopic,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Scopes)
{
    /// <summary>True when <paramref name="appId"/> takes this subscription.</summary>
    public bool IsVisibleTo(string appId) => Scopes.Count == 0 || Scopes.Contains(appId, StringComparer.Ordinal);
}
