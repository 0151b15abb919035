using Kugelpos.Dapr.Actors;
using Kugelpos.Dapr.Subscriptions.DeadLetters;
using Microsoft.AspNetCore.Builder;

namespace Kugelpos.EventDedup.Actors;

/// <summary>
/// The wiring every subscriber service (report, journal, stock) shares: each event applied once per
/// event id through the service's own dedup actor, and the events it cannot apply kept as dead letters.
/// </summary>
public static class SubscriberExtensions
{
    /// <summary>Registers the dedup actor (<see cref="EventDedupExtensions.AddKugelposEventDedup"/>) and the dead letters.</summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="appId">The service's Dapr app id: names its dedup actor type and its dead letters.</param>
    public static WebApplicationBuilder AddKugelposSubscriber(this WebApplicationBuilder builder, string appId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKugelposEventDedup(appId);
        builder.AddKugelposDeadLetters(appId);
        return builder;
    }

    /// <summary>Maps the actor endpoints the sidecar calls and the dead-letter list.</summary>
    /// <param name="app">The built application.</param>
    public static WebApplication MapKugelposSubscriber(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapKugelposActors();
        app.MapKugelposDeadLetters();
        return app;
    }
}
