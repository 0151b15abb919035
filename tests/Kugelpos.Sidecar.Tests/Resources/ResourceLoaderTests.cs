using Kugelpos.Sidecar.Resources;

namespace Kugelpos.Sidecar.Tests.Resources;

/// <summary>Loading the YAML daprd reads, and refusing what it would refuse, with the file and field named.</summary>
public sealed class ResourceLoaderTests
{
    private const string Header = "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: statestore\n";

    [Fact]
    public void Scopes_limit_which_apps_load_a_component()
    {
        var set = ResourceLoader.LoadText(Header + "spec:\n  type: state.in-memory\n  version: v1\nscopes:\n- report\n- journal\n", "a.yaml");

        Assert.Single(set.ComponentsFor("report"));
        Assert.Empty(set.ComponentsFor("cart"));
    }

    [Fact]
    public void Malformed_yaml_names_the_file_and_line()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText("kind: Component\nmetadata: [unclosed\n", "broken.yaml"));

        Assert.StartsWith("broken.yaml: malformed YAML at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_component_type_names_the_type_and_field()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText(Header + "spec:\n  type: state.cassandra\n  version: v1\n", "c.yaml"));

        Assert.Equal("spec.type", error.Field);
        Assert.Contains("state.cassandra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText(Header + "spec:\n  type: state.redis\n  version: v1\n  metadata:\n  - name: redisDB\n    value: \"1\"\n", "r.yaml"));

        Assert.Equal("spec.metadata[redisHost]", error.Field);
    }

    [Fact]
    public void The_seeds_databaseIndex_is_refused_with_the_right_name()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText(Header + "spec:\n  type: state.redis\n  metadata:\n  - name: redisHost\n    value: redis:6379\n  - name: databaseIndex\n    value: \"1\"\n", "seed.yaml"));

        Assert.Contains("redisDB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_ttl_is_refused_at_load()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText(Header + "spec:\n  type: state.in-memory\n  metadata:\n  - name: ttlInSeconds\n    value: one-hour\n", "t.yaml"));

        Assert.Equal("spec.metadata[ttlInSeconds]", error.Field);
    }

    [Fact]
    public void Resiliency_policies_and_targets_are_read()
    {
        var set = ResourceLoader.LoadText("""
            apiVersion: dapr.io/v1alpha1
            kind: Resiliency
            metadata:
              name: kugelpos
            spec:
              policies:
                retries:
                  pubsubRetry:
                    policy: exponential
                    duration: 200ms
                    maxInterval: 10s
                    maxRetries: 5
                circuitBreakers:
                  daprBreaker:
                    maxRequests: 1
                    timeout: 60s
                    trip: consecutiveFailures >= 3
              targets:
                components:
                  pubsub-tranlog-report:
                    inbound:
                      retry: pubsubRetry
                      circuitBreaker: daprBreaker
            """, "res.yaml");

        var resiliency = Assert.Single(set.Resiliencies);
        Assert.Equal(3, resiliency.CircuitBreakers["daprBreaker"].ConsecutiveFailures);
        Assert.Equal(TimeSpan.FromSeconds(60), resiliency.CircuitBreakers["daprBreaker"].Timeout);
        var retry = resiliency.Retries["pubsubRetry"];
        Assert.Equal([200, 400, 800], new[] { 1, 2, 3 }.Select(n => retry.DelayFor(n).TotalMilliseconds));
        Assert.Equal(TimeSpan.FromSeconds(10), retry.DelayFor(20));
        Assert.Equal("pubsubRetry", resiliency.Targets["components"]["pubsub-tranlog-report"].Inbound!.Retry);
    }

    [Fact]
    public void A_target_naming_an_unknown_policy_is_refused()
    {
        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadText("kind: Resiliency\nmetadata:\n  name: r\nspec:\n  policies: {}\n  targets:\n    apps:\n      cart:\n        retry: nope\n", "r.yaml"));

        Assert.Equal("spec.targets.apps.cart.retry", error.Field);
    }

    [Fact]
    public void Subscriptions_configuration_and_multi_document_files_load()
    {
        var set = ResourceLoader.LoadText("""
            apiVersion: dapr.io/v2alpha1
            kind: Subscription
            metadata:
              name: tranlog
            spec:
              pubsubname: pubsub-tranlog-report
              topic: topic-tranlog
              routes:
                default: /api/v1/tranlog
              deadLetterTopic: topic-tranlog-dead
            scopes:
            - report
            ---
            apiVersion: dapr.io/v1alpha1
            kind: Configuration
            metadata:
              name: kugelpos
            spec:
              features:
              - name: ActorStateTTL
                enabled: true
            """, "multi.yaml");

        var subscription = Assert.Single(set.SubscriptionsFor("report"));
        Assert.Equal("/api/v1/tranlog", subscription.DefaultRoute);
        Assert.Equal("topic-tranlog-dead", subscription.DeadLetterTopic);
        Assert.Empty(set.SubscriptionsFor("stock"));
        Assert.True(Assert.Single(set.Configurations).IsEnabled("ActorStateTTL"));
    }

    [Fact]
    public void A_folder_with_a_duplicate_component_name_is_refused()
    {
        using var folder = new TempResources()
            .With("a.yaml", Header + "spec:\n  type: state.in-memory\n")
            .With("b.yaml", Header + "spec:\n  type: state.in-memory\n");

        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadFolder(folder.Path));

        Assert.Contains("defined twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1h0m5s0ms", 3605000)]
    [InlineData("180s", 180000)]
    [InlineData("1.5s", 1500)]
    [InlineData("PT10S", 10000)]
    [InlineData("250ms", 250)]
    public void Go_and_iso_durations_parse(string text, double milliseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var value));
        Assert.Equal(milliseconds, value.TotalMilliseconds);
    }

    [Fact]
    public async Task A_sidecar_with_a_bad_resource_does_not_start()
    {
        using var folder = new TempResources().With("bad.yaml", Header + "spec:\n  type: pubsub.kafka\n");

        var error = await Assert.ThrowsAsync<ResourceLoadException>(() => LocalSidecar.StartAsync(new SidecarOptions { AppId = "x", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = folder.Path }, new SidecarCluster()));

        Assert.Contains("bad.yaml", error.Message, StringComparison.Ordinal);
    }
}
