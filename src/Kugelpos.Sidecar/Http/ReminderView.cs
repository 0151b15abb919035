using System.Text.Json;
using System.Text.Json.Serialization;
using Kugelpos.Sidecar.Actors;

namespace Kugelpos.Sidecar.Http;

/// <summary>A reminder as daprd's <c>GET .../reminders/{name}</c> shows it.</summary>
public sealed class ReminderView(ActorJob job)
{
    /// <summary>The actor type.</summary>
    [JsonPropertyName("actorType")]
    public string ActorType { get; } = job.ActorType;

    /// <summary>The actor id.</summary>
    [JsonPropertyName("actorID")]
    public string ActorId { get; } = job.ActorId;

    /// <summary>The reminder name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; } = job.Name;

    /// <summary>The registered due time.</summary>
    [JsonPropertyName("dueTime")]
    public string DueTime { get; } = job.DueTime;

    /// <summary>The registered period.</summary>
    [JsonPropertyName("period")]
    public string Period { get; } = job.Period;

    /// <summary>The registered data.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; } = job.Data;
}
