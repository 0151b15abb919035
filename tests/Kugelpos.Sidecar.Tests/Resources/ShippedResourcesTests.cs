using Kugelpos.Sidecar.Resources;

namespace Kugelpos.Sidecar.Tests.Resources;

/// <summary>The resource sets shipped in components/ load, and give each app the stores the design says.</summary>
public sealed class ShippedResourcesTests
{
    public static TheoryData<string> Sets => new() { "redis", "local" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_app_gets_exactly_its_actor_store(string set)
    {
        var resources = ResourceLoader.LoadFolder(Folder(set));

        Assert.Equal("cartstore", ActorStore(resources, "cart"));
        Assert.Equal("terminalstore", ActorStore(resources, "terminal"));
        Assert.All(new[] { "report", "journal", "stock" }, app => Assert.Equal("statestore", ActorStore(resources, app)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Pubsubs_reach_their_publishers_and_subscribers_only(string set)
    {
        var resources = ResourceLoader.LoadFolder(Folder(set));

        Assert.Equal(["pubsub-tranlog-report"], PubSubs(resources, "stock"));
        Assert.Equal(["pubsub-cashlog-report", "pubsub-opencloselog-report", "pubsub-tranlog-report"], PubSubs(resources, "report"));
        Assert.Equal(["pubsub-cashlog-report", "pubsub-opencloselog-report"], PubSubs(resources, "terminal"));
        Assert.Empty(PubSubs(resources, "account"));
        Assert.True(Assert.Single(resources.Configurations).IsEnabled("ActorStateTTL"));
    }

    [Fact]
    public void Redis_set_keeps_the_seeds_databases_ttls_and_per_app_consumer_groups()
    {
        var resources = ResourceLoader.LoadFolder(Folder("redis"));
        ComponentSpec Component(string name) => resources.Components.Single(c => c.Name == name);

        Assert.Equal(("1", "3600"), (Component("statestore").Get("redisDB"), Component("statestore").Get("ttlInSeconds")));
        Assert.Equal(("2", "36000"), (Component("cartstore").Get("redisDB"), Component("cartstore").Get("ttlInSeconds")));
        Assert.Equal(("3", null), (Component("terminalstore").Get("redisDB"), Component("terminalstore").Get("ttlInSeconds")));
        Assert.All(resources.Components.Where(c => ComponentTypes.IsPubSub(c.Type)), c => Assert.Equal("{appID}", c.Get("consumerID")));
        var breaker = Assert.Single(resources.Resiliencies).CircuitBreakers.Values.Single();
        Assert.Equal((3, TimeSpan.FromSeconds(60)), (breaker.ConsecutiveFailures, breaker.Timeout));
    }

    private static string? ActorStore(ResourceSet resources, string app) =>
        resources.ComponentsFor(app).SingleOrDefault(c => c.GetBool("actorStateStore", false))?.Name;

    private static string[] PubSubs(ResourceSet resources, string app) =>
        [.. resources.ComponentsFor(app).Where(c => ComponentTypes.IsPubSub(c.Type)).Select(c => c.Name).Order(StringComparer.Ordinal)];

    internal static string Folder(string set)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kugelpos.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Kugelpos.sln not found above the test folder"), "components", set);
    }
}
