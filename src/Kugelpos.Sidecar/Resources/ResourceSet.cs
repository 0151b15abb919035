namespace Kugelpos.Sidecar.Resources;

/// <summary>Everything read from a resources folder, before scoping to one app.</summary>
public sealed record ResourceSet(
    IReadOnlyList<ComponentSpec> Components,
    IReadOnlyList<ConfigurationSpec> Configurations,
    IReadOnlyList<ResiliencySpec> Resiliencies,
    IReadOnlyList<SubscriptionSpec> Subscriptions)
{
    /// <summary>An empty set, for a sidecar started without a resources path.</summary>
    public static ResourceSet Empty { get; } = new([], [], [], []);

    /// <summary>The components <paramref name="appId"/> loads, honouring <c>scopes</c>.</summary>
    public IReadOnlyList<ComponentSpec> ComponentsFor(string appId) => [.. Components.Where(c => c.IsVisibleTo(appId))];

    /// <summary>The declarative subscriptions <paramref name="appId"/> takes, honouring <c>scopes</c>.</summary>
    public IReadOnlyList<SubscriptionSpec> SubscriptionsFor(string appId) => [.. Subscriptions.Where(s => s.IsVisibleTo(appId))];

    /// <summary>The resiliency resources that apply to <paramref name="appId"/>.</summary>
    public IReadOnlyList<ResiliencySpec> ResilienciesFor(string appId) =>
        [.. Resiliencies.Where(r => r.Scopes.Count == 0 || r.Scopes.Contains(appId, StringComparer.Ordinal))];
}
