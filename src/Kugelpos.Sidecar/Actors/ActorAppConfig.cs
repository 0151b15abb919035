using System.Text.Json;
using Kugelpos.Sidecar.Resources;

namespace Kugelpos.Sidecar.Actors;

/// <summary>What an app says about its actors in <c>GET /dapr/config</c>.</summary>
/// <param name="Entities">The actor types it hosts.</param>
/// <param name="ScanInterval">How often idle actors are looked for (daprd's default 30 s).</param>
/// <param name="Defaults">The settings of a type without its own <c>entitiesConfig</c> entry.</param>
/// <param name="Types">The settings of each hosted type with its own <c>entitiesConfig</c> entry.</param>
public sealed record ActorAppConfig(
    IReadOnlySet<string> Entities,
    TimeSpan ScanInterval,
    ActorTypeConfig Defaults,
    IReadOnlyDictionary<string, ActorTypeConfig> Types)
{
    /// <summary>An app that hosts no actors.</summary>
    public static ActorAppConfig None { get; } = new(
        new HashSet<string>(StringComparer.Ordinal),
        TimeSpan.FromSeconds(30),
        ActorTypeConfig.Default,
        new Dictionary<string, ActorTypeConfig>(StringComparer.Ordinal));

    /// <summary>The settings <paramref name="actorType"/> runs with.</summary>
    public ActorTypeConfig For(string actorType) => Types.TryGetValue(actorType, out var own) ? own : Defaults;

    /// <summary>
    /// Reads the app's answer as daprd does (pkg/actors/actors.go RegisterHosted and
    /// pkg/actors/api/config.go TranslateEntityConfig): a type named in an <c>entitiesConfig</c>
    /// entry takes that entry's settings whole, each one it leaves out at daprd's default rather
    /// than the top level's; an entry for a type the app does not host is ignored. Dapr.Actors
    /// writes such an entry for every type registered with its own <c>ActorRuntimeOptions</c>.
    /// </summary>
    /// <exception cref="JsonException">The answer is not a JSON object.</exception>
    public static ActorAppConfig Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("/dapr/config must answer a JSON object");
        }

        var entities = Names(root);
        var types = new Dictionary<string, ActorTypeConfig>(StringComparer.Ordinal);
        if (root.TryGetProperty("entitiesConfig", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                var own = TypeConfig(entry);
                foreach (var type in Names(entry).Where(entities.Contains))
                {
                    types[type] = own;
                }
            }
        }

        return new ActorAppConfig(entities, Duration(root, "actorScanInterval", None.ScanInterval), TypeConfig(root), types);
    }

    private static HashSet<string> Names(JsonElement owner)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (owner.TryGetProperty("entities", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in list.EnumerateArray())
            {
                if (entity.ValueKind == JsonValueKind.String && entity.GetString() is { Length: > 0 } type)
                {
                    names.Add(type);
                }
            }
        }

        return names;
    }

    private static ActorTypeConfig TypeConfig(JsonElement owner)
    {
        var defaults = ActorTypeConfig.Default;
        var enabled = false;
        var depth = defaults.MaxStackDepth;
        if (owner.TryGetProperty("reentrancy", out var reentrancy) && reentrancy.ValueKind == JsonValueKind.Object)
        {
            enabled = reentrancy.TryGetProperty("enabled", out var e) && e.ValueKind == JsonValueKind.True;
            if (reentrancy.TryGetProperty("maxStackDepth", out var d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var given))
            {
                depth = given;
            }
        }

        var partitions = owner.TryGetProperty("remindersStoragePartitions", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var count) && count > 0
            ? count
            : defaults.RemindersStoragePartitions;
        return new ActorTypeConfig(Duration(owner, "actorIdleTimeout", defaults.IdleTimeout), enabled, depth, partitions);
    }

    private static TimeSpan Duration(JsonElement owner, string name, TimeSpan fallback) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && GoDuration.TryParse(value.GetString(), out var parsed) && parsed > TimeSpan.Zero
            ? parsed
            : fallback;
}
