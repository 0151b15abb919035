using Kugelpos.Deploy.Tests.Dapr;
using Kugelpos.Deploy.Tests.Rendering;

namespace Kugelpos.Deploy.Tests;

/// <summary>The Dapr resources every overlay takes from components/redis, as the cluster gets them.</summary>
public sealed class DaprResourceTests
{
    /// <summary>Which actor state store each app reads; the apps that host no actor have none.</summary>
    private static readonly Dictionary<string, string?> ActorStores = new()
    {
        ["account"] = null,
        ["terminal"] = "terminalstore",
        ["master-data"] = null,
        ["cart"] = "cartstore",
        ["report"] = "statestore",
        ["journal"] = "statestore",
        ["stock"] = "statestore",
    };

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Each_app_sees_exactly_its_one_actor_state_store_through_scopes(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var actorStores = rendered.Components.Where(c => c.Value("actorStateStore") == "true").ToList();

        foreach (var (app, store) in ActorStores)
        {
            var visible = actorStores.Where(c => c.Scopes.Count == 0 || c.Scopes.Contains(app)).Select(c => c.Metadata.Name);

            Assert.Equal(store is null ? [] : [store], visible);
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Carts_live_ten_hours_dedup_marks_one_hour_and_terminals_for_ever(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        Assert.Equal("36000", Store(rendered, "cartstore").Value("ttlInSeconds"));
        Assert.Equal("3600", Store(rendered, "statestore").Value("ttlInSeconds"));
        Assert.Null(Store(rendered, "terminalstore").Value("ttlInSeconds"));
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Each_state_store_keeps_its_own_Redis_database_apart_from_the_streams(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        // The seed's separation: dedup marks in 1, carts in 2, terminals in 3; pub/sub streams in 0.
        Assert.Equal(("1", "2", "3"), (Store(rendered, "statestore").Value("redisDB"), Store(rendered, "cartstore").Value("redisDB"), Store(rendered, "terminalstore").Value("redisDB")));
        Assert.All(rendered.Components.Where(c => c.Spec.Type == "pubsub.redis"), c => Assert.Null(c.Value("redisDB")));
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_subscriber_app_reads_each_stream_in_a_consumer_group_of_its_own(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var pubsubs = rendered.Components.Where(c => c.Spec.Type.StartsWith("pubsub.", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, pubsubs.Count);
        Assert.All(pubsubs, c => Assert.Equal("{appID}", c.Value("consumerID")));
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task The_configuration_the_pods_name_turns_on_actor_state_TTL_tracing_and_metrics(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var names = rendered.Deployments.Select(d => d.Spec.Template.Metadata.Annotations["dapr.io/config"]).Distinct();

        var configuration = rendered.All<DaprConfiguration>().Single(c => c.Metadata.Name == Assert.Single(names));

        Assert.True(configuration.IsEnabled("ActorStateTTL"));
        Assert.False(string.IsNullOrEmpty(configuration.Spec.Tracing?.Otel?.EndpointAddress));
        Assert.True(configuration.Spec.Metrics?.Enabled);
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task Every_Redis_component_talks_to_the_redis_service_with_the_password_from_a_secret(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        Assert.Contains(rendered.All<k8s.Models.V1Service>(), s => s.Metadata.Name == "redis");
        Assert.All(rendered.Components, c =>
        {
            Assert.Equal("redis:6379", c.Value("redisHost"));
            Assert.Equal("kugelpos-redis", c.Spec.Metadata.Single(m => m.Name == "redisPassword").SecretKeyRef?.Name);
        });
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task The_components_are_those_of_components_redis_with_only_host_and_password_replaced(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        var source = await RenderedOverlay.RenderAsync("components");

        Assert.Equal(source.Components.Select(c => c.Metadata.Name).Order(), rendered.Components.Select(c => c.Metadata.Name).Order());
        foreach (var original in source.Components)
        {
            var deployed = rendered.Components.Single(c => c.Metadata.Name == original.Metadata.Name);

            // deploy/base replaces the first two entries in place; any other order would patch the wrong ones.
            Assert.Equal(["redisHost", "redisPassword"], original.Spec.Metadata.Take(2).Select(m => m.Name));
            Assert.Equal(original.Spec.Metadata.Select(m => m.Name), deployed.Spec.Metadata.Select(m => m.Name));
            Assert.Equal(original.Spec.Metadata.Skip(2).Select(m => m.Value), deployed.Spec.Metadata.Skip(2).Select(m => m.Value));
            Assert.Equal(original.Scopes, deployed.Scopes);
        }
    }

    [Theory]
    [MemberData(nameof(RenderedOverlay.Names), MemberType = typeof(RenderedOverlay))]
    public async Task The_resiliency_covers_every_component(string overlay)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);

        var resiliency = Assert.Single(rendered.All<DaprResiliency>());

        Assert.Equal(rendered.Components.Select(c => c.Metadata.Name).Order(), resiliency.Spec.Targets.Components.Keys.Order());
    }

    private static DaprComponent Store(RenderedOverlay rendered, string name) => rendered.Components.Single(c => c.Metadata.Name == name);
}
