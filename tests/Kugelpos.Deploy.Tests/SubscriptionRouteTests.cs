using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kugelpos.Deploy.Tests.Rendering;
using Kugelpos.Host;
using Kugelpos.Sidecar;
using Kugelpos.Testing;

namespace Kugelpos.Deploy.Tests;

/// <summary>
/// The subscriptions are programmatic (each subscriber answers daprd's <c>GET /dapr/subscribe</c>),
/// so the cluster's subscriptions are what the services themselves say: each must name a pub/sub
/// component the cluster scopes to that app, on a route the app serves.
/// </summary>
public sealed class SubscriptionRouteTests
{
    public static TheoryData<string, string> Subscribers { get; } = new()
    {
        { "dev", "report" }, { "dev", "journal" }, { "dev", "stock" },
        { "production", "report" }, { "production", "journal" }, { "production", "stock" },
    };

    [Theory]
    [MemberData(nameof(Subscribers))]
    public async Task Every_subscription_names_a_component_scoped_to_its_app_on_a_route_the_app_serves(string overlay, string appId)
    {
        var rendered = await RenderedOverlay.LoadAsync(overlay);
        using var data = new TempResources();
        var app = AppPorts.All.Single(a => a.AppId == appId) with { Port = FreePort.Next(), SidecarHttpPort = FreePort.Next(), SidecarGrpcPort = FreePort.Next() };
        await using var service = await InProcessService.StartAsync(ServiceCatalog.All.Single(s => s.AppId == appId), app, new HostOptions(data.Path, null, DataFolder: data.Path));
        using var client = new HttpClient { BaseAddress = service.Endpoint };

        var subscriptions = await client.GetFromJsonAsync<List<AppSubscription>>("/dapr/subscribe", JsonSerializerOptions.Web);

        Assert.NotEmpty(subscriptions!);
        foreach (var subscription in subscriptions!)
        {
            var pubsub = subscription.PubsubName;
            var route = subscription.Route ?? subscription.Routes?.Default;
            var component = rendered.Components.SingleOrDefault(c => c.Metadata.Name == pubsub);

            Assert.True(component is not null, $"{appId} subscribes through '{pubsub}', which {overlay} does not deploy");
            Assert.Contains(appId, component.Scopes);
            Assert.False(string.IsNullOrEmpty(route), $"{appId}: {subscription.Topic} has no route");
            using var delivery = await client.PostAsync(route, new StringContent("{}", System.Text.Encoding.UTF8, "application/cloudevents+json"));
            Assert.NotEqual(HttpStatusCode.NotFound, delivery.StatusCode);
        }
    }

    private sealed record AppSubscription(string PubsubName, string Topic, string? Route, AppSubscriptionRoutes? Routes);

    private sealed record AppSubscriptionRoutes(string? Default);
}
