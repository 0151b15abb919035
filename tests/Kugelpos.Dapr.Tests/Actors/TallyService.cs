using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Dapr.Actors;
using Kugelpos.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kugelpos.Dapr.Tests.Actors;

/// <summary>
/// A service hosting <see cref="TallyActor"/> beside its sidecar, with its actor state on a real
/// Redis, and endpoints that call the actor the two ways services do: by interface (remoting, as
/// the terminal service calls its actor) and by method name with JSON (as the cart's clients do).
/// </summary>
internal static class TallyService
{
    public static Task<ServiceTestHost> StartAsync(RedisServer redis, Kugelpos.Sidecar.SidecarCluster cluster) => ServiceTestHost.StartAsync(
        builder =>
        {
            builder.AddServiceDefaults("tally");
            builder.AddKugelposActors(options => options.Actors.RegisterActor<TallyActor>());
        },
        app =>
        {
            app.MapServiceDefaults();
            app.MapKugelposActors();
            app.MapPost("/tallies/{id}/remoting", async (string id, IActorProxyFactory proxies) =>
                Results.Ok(await proxies.CreateActorProxy<ITallyActor>(new ActorId(id), TallyActor.TypeName).AddAsync(1)));
            app.MapPost("/tallies/{id}/json", async (string id, IActorProxyFactory proxies) =>
                Results.Ok(await proxies.Create(new ActorId(id), TallyActor.TypeName).InvokeMethodAsync<int, int>(nameof(ITallyActor.AddAsync), 1)));
            app.MapPost("/tallies/{id}/remoting/break", async (string id, IActorProxyFactory proxies) =>
                Results.Ok(await proxies.CreateActorProxy<ITallyActor>(new ActorId(id), TallyActor.TypeName).BreakAsync()));
            app.MapPost("/tallies/{id}/json/break", async (string id, IActorProxyFactory proxies) =>
                Results.Ok(await proxies.Create(new ActorId(id), TallyActor.TypeName).InvokeMethodAsync<int>(nameof(ITallyActor.BreakAsync))));
        },
        sidecar: new TestSidecar("tally-" + Guid.NewGuid().ToString("N")[..8]) { ActorStore = ActorStore.OnRedis(redis), Cluster = cluster });
}
