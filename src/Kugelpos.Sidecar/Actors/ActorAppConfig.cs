using System.Text.Json;
using Kugelpos.Sidecar.Resources;

namespace Kugelpos.Sidecar.Actors;

/// <summary>What an app says about its actors in <c>GET /dapr/config</c>.</summary>
/// <param name="Entities">The actor types it hosts.</param>
/// <param name="IdleTimeout">Deactivate an actor after this long without a call (daprd's default 60 min).</param>
/// <param name="ScanInterval">How often idle actors are looked for (daprd's default 30 s).</param>
/// <param name="Reentrancy">Whether a call chain may re-enter an actor it already holds.</param>
public sealed record ActorAppConfig(
    IReadOnlySet<string> Entities,
    TimeSpan IdleTimeout,
    TimeSpan ScanInterval,
    bool Reentrancy)
{
    /// <summary>An app that hosts no actors.</summary>
    public static ActorAppConfig None { get; } = new(new HashSet<string>(StringComparer.Ordinal), TimeSpan.FromMinutes(60), TimeSpan.FromSeconds(30), false);

    /// <summary>Reads the app's answer; missing fields take daprd's defaults.</summary>
    /// <exception cref="JsonException">The answer is not a JSON object.</exception>
    public static ActorAppConfig Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("/dapr/config must answer a JSON object");
        }

        var entities = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("entities", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in list.EnumerateArray())
            {
                if (entity.ValueKind == JsonValueKind.String && entity.GetString() is { Length: > 0 } type)
                {
                    entities.Add(type);
                }
            }
        }

        var reentrancy = root.TryGetProperty("reentrancy", out var r) && r.ValueKind == JsonValueKind.Object
            && r.TryGetProperty("enabled", out var enabled) && enabled.ValueKind == JsonValueKind.True;
        return new ActorAppConfig(
            entities,
            Duration(root, "actorIdleTimeout", None.IdleTimeout),
            Duration(root, "actorScanInterval", None.ScanInterval),
            reentrancy);
    }

    private static TimeSpan Duration(JsonElement root, string name, TimeSpan fallback) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && GoDuration.TryParse(value.GetString(), out var parsed) && parsed > TimeSpan.Zero
            ? parsed
            : fallback;
}
