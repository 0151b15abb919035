using Dapr;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Dapr.Subscriptions.DeadLetters;
using Kugelpos.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kugelpos.Dapr.Subscriptions;

/// <summary>The calls every subscriber service makes to receive events from pub/sub.</summary>
public static class KugelposSubscriptionExtensions
{
    /// <summary>
    /// Adds Dapr's CloudEvents middleware (a delivered CloudEvent's <c>data</c> becomes the request
    /// body) and maps <c>/dapr/subscribe</c>, which lists every route mapped with
    /// <see cref="MapKugelposSubscription{TEvent, THandler}"/>, behind the Dapr app-token check.
    /// Call it after <c>MapServiceDefaults</c>.
    /// </summary>
    public static WebApplication UseKugelposSubscriptions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The publish time and message id of each CloudEvent come along as headers: the one for the
        // delivery-latency metric, the other to keep a redelivered dead letter once.
        app.UseCloudEvents(new CloudEventsMiddlewareOptions
        {
            ForwardCloudEventPropertiesAsHeaders = true,
            IncludedCloudEventPropertiesAsHeaders = ["time", "id"],
        });
        app.MapSubscribeHandler().RequireDaprAppToken();
        return app;
    }

    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> (taken from the container, or built with its
    /// dependencies when not registered) to <paramref name="channel"/>: <c>POST {route}</c> behind
    /// the app-token check, listed in <c>/dapr/subscribe</c> with the dead-letter topic
    /// (<see cref="DeadLetterTopics.For"/> unless given). The body is read with EventJson (the
    /// original's snake_case); an event it refuses is dropped to the dead-letter topic, a handler
    /// failure or exception is a retry, only a success is acknowledged. Where the service registered
    /// <see cref="IEventDeduplication"/>, each event goes through it: applied once per event id. Where
    /// it registered a <see cref="DeadLetterBox"/>, <c>POST {route}/deadletter</c> is subscribed to
    /// the dead-letter topic and keeps what arrives there.
    /// </summary>
    public static IEndpointConventionBuilder MapKugelposSubscription<TEvent, THandler>(
        this IEndpointRouteBuilder endpoints,
        EventChannel channel,
        string? deadLetterTopic = null)
        where TEvent : class, IKugelposEvent
        where THandler : ISubscriptionHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(channel);
        // As a Delegate, so the IResult is written instead of discarded as a RequestDelegate's would be.
        // A dedup actor holds the event as JSON and finds its handler by topic.
        endpoints.ServiceProvider.GetService<SubscriptionHandlers>()?.Add<TEvent, THandler>(channel.Topic);
        var deadLetters = deadLetterTopic ?? DeadLetterTopics.For(channel);
        if (endpoints.ServiceProvider.GetService<DeadLetterBox>() is not null)
        {
            Delegate record = (HttpContext context) => DeadLetterEndpoints.RecordAsync(context, deadLetters);
            endpoints.MapPost(channel.Route + "/deadletter", record)
                .WithTopic(new TopicOptions { PubsubName = channel.PubSubName, Name = deadLetters })
                .RequireDaprAppToken()
                .ExcludeFromDescription();
        }

        Delegate handle = (HttpContext context) => SubscriptionEndpoint.HandleAsync<TEvent, THandler>(context, channel);
        return endpoints
            .MapPost(channel.Route, handle)
            .WithTopic(new TopicOptions
            {
                PubsubName = channel.PubSubName,
                Name = channel.Topic,
                DeadLetterTopic = deadLetters,
            })
            .RequireDaprAppToken()
            .ExcludeFromDescription();
    }
}
