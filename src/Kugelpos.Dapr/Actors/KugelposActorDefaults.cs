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
    /// Sets the Kugelpos defaults on <paramref name="options"/>: camelCase web JSON for actor state
    /// and calls, the idle timeout, reentrancy off (a call chain back into a busy actor waits, as
    /// turn-based actors are meant to) and the sidecar endpoint and token from configuration, so
    /// tests and hosts can set them without environment variables.
    /// </summary>
    public static void Apply(ActorRuntimeOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.ActorIdleTimeout = IdleTimeout;
        options.RemindersStoragePartitions = RemindersStoragePartitions;
        options.ReentrancyConfig = new ActorReentrancyConfig { Enabled = false };
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
