using Dapr.Actors.Runtime;
using Kugelpos.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Actors;

/// <summary>The two calls every Kugelpos actor service makes to host its actors.</summary>
public static class KugelposActorExtensions
{
    /// <summary>
    /// Registers the Dapr actor runtime with <see cref="KugelposActorDefaults"/>,
    /// then <paramref name="configure"/> (e.g. <c>o =&gt; o.Actors.RegisterActor&lt;CartActor&gt;()</c>),
    /// and the Kugelpos Dapr client and outbox that actors take in their constructors.
    /// </summary>
    public static WebApplicationBuilder AddKugelposActors(this WebApplicationBuilder builder, Action<ActorRuntimeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var configuration = builder.Configuration;
        builder.Services.AddActors(options =>
        {
            KugelposActorDefaults.Apply(options, configuration);
            configure(options);
        });
        builder.Services.AddKugelposOutbox();
        return builder;
    }

    /// <summary>
    /// Maps the endpoints the sidecar calls (<c>/dapr/config</c>, <c>/healthz</c>, actor methods,
    /// timers, reminders, deactivation) behind the Dapr app-token check: daprd sends
    /// <c>dapr-api-token</c> on every call to the app when <c>APP_API_TOKEN</c> is set, so
    /// nothing here needs to stay open. The check runs in <c>MapServiceDefaults</c>' pipeline.
    /// </summary>
    public static IEndpointConventionBuilder MapKugelposActors(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapActorsHandlers().RequireDaprAppToken();
    }
}
