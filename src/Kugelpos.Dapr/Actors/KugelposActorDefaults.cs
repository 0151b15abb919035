using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Runtime;
using Microsoft.Extensions.Configuration;

namespace Kugelpos.Dapr.Actors;

/// <summary>The actor runtime settings every Kugelpos actor service starts from.</summary>
public static class KugelposActorDefaults
{
    /// <summary>Idle time after which the sidecar deactivates an actor (daprd's own default).</summary>
    public static TimeSpan IdleTimeout { get; } = TimeSpan.FromMinutes(60);

    /// <summary>
    /// How many stored lists each actor type's reminders are spread over (daprd's
    /// <c>remindersStoragePartitions</c>). Every transaction keeps an outbox relay reminder until its
    /// subscribers confirm, so a subscriber outage piles one up per sale; in one list, each bill
    /// would rewrite the whole pile. Each list is one more read when a sidecar starts, so there are
    /// few: a few thousand waiting reminders make lists of about a hundred. daprd with its Scheduler
    /// ignores the setting.
    /// </summary>
    public const int RemindersStoragePartitions = 32;

    /// <summary>
    /// The setting that says whether a sidecar lets an actor's running call finish before the actor
    /// moves to another pod when placement rebalances (daprd's <c>drainRebalancedActors</c>). On by
    /// default: a cart moved in the middle of a bill would otherwise be activated twice at once.
    /// </summary>
    public const string DrainRebalancedActorsKey = "Kugelpos:Actors:DrainRebalancedActors";

    /// <summary>
    /// The setting for how long a sidecar waits for that running call (daprd's
    /// <c>drainOngoingCallTimeout</c>); keep it below the pod's <c>dapr.io/graceful-shutdown-seconds</c>.
    /// </summary>
    public const string DrainOngoingCallTimeoutKey = "Kugelpos:Actors:DrainOngoingCallTimeout";

    /// <summary>The drain wait when none is configured: daprd's own default.</summary>
    public static TimeSpan DrainOngoingCallTimeout { get; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sets the Kugelpos defaults on <paramref name="options"/>: camelCase web JSON for actor state
    /// and calls, the idle timeout, reentrancy off (a call chain back into a busy actor waits, as
    /// turn-based actors are meant to), draining on rebalance, and the sidecar endpoint, token and
    /// drain settings from configuration, so tests and hosts can set them without environment
    /// variables.
    /// </summary>
    public static void Apply(ActorRuntimeOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.ActorIdleTimeout = IdleTimeout;
        options.RemindersStoragePartitions = RemindersStoragePartitions;
        options.ReentrancyConfig = new ActorReentrancyConfig { Enabled = false };
        options.DrainRebalancedActors = configuration.GetValue(DrainRebalancedActorsKey, defaultValue: true);
        options.DrainOngoingCallTimeout = configuration.GetValue(DrainOngoingCallTimeoutKey, DrainOngoingCallTimeout);
        if (DaprSidecarAddress.HttpEndpoint(configuration) is { } endpoint)
        {
            options.HttpEndpoint = endpoint;
        }

        if (DaprSidecarAddress.ApiToken(configuration) is { } token)
        {
            options.DaprApiToken = token;
        }
    }
}
