using Dapr.Actors.Client;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.EventDedup;
using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Kugelpos.EventDedup.Actors;

/// <summary>The one call a subscriber service makes to apply each event once per event id.</summary>
public static class EventDedupExtensions
{
    /// <summary>
    /// Hosts <see cref="EventDedupActor"/> under the type name of <paramref name="appId"/>
    /// (<see cref="EventDedupActorType.For"/>) and sends every subscription mapped with
    /// <c>MapKugelposSubscription</c> through it. The service maps the actor endpoints with
    /// <c>MapKugelposActors</c>; its actor state store is <c>statestore</c>.
    /// </summary>
    public static WebApplicationBuilder AddKugelposEventDedup(this WebApplicationBuilder builder, string appId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var actorType = EventDedupActorType.For(appId);
        // Read here as well as bound: the idle timeout is part of the actor type's registration, made
        // now, before the container (and so any IOptions) exists; the actors take the mark's TTL from
        // the bound options, as every other part of the service takes its settings.
        var options = builder.Configuration.GetSection(EventDedupOptions.Section).Get<EventDedupOptions>() ?? new EventDedupOptions();
        builder.Services.AddOptions<EventDedupOptions>().BindConfiguration(EventDedupOptions.Section);
        builder.AddKugelposActors(o => o.Actors.RegisterActor<EventDedupActor>(actorType, new ActorRuntimeOptions { ActorIdleTimeout = options.IdleTimeout }));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<SubscriptionHandlers>();
        builder.Services.TryAddSingleton<IEventDeduplication>(sp => new ActorEventDeduplication(
            new EventDedupActorClient(sp.GetRequiredService<IActorProxyFactory>(), actorType),
            sp.GetRequiredService<ILogger<ActorEventDeduplication>>()));
        return builder;
    }
}
