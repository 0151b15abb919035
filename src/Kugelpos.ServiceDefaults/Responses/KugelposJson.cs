using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// The one JSON policy of every Kugelpos service: camelCase bodies and enums as their names
/// (<c>"Opened"</c>, not <c>1</c>), as the original Python services sent them; request bodies are
/// also read in snake_case (<c>tenant_id</c>, <c>store_code</c>...), as the original's models accept
/// (see <see cref="SnakeCaseAliases"/>: camelCase wins when a body sends both).
/// </summary>
public static class KugelposJson
{
    /// <summary>Shared options for code that serializes outside the ASP.NET Core pipeline.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the Kugelpos conventions to existing options, e.g. the minimal-API ones.</summary>
    /// <param name="options">The options to change.</param>
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }

        // Applying twice is harmless: an alias whose name is taken is not added again.
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(SnakeCaseAliases.Add);
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly();
        return options;
    }
}
