using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kugelpos.ServiceDefaults.Responses;

/// <summary>
/// The JSON conventions of the Kugelpos API: camelCase bodies and enums as their names
/// (<c>"Opened"</c>, not <c>1</c>), as the original Python services sent them.
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
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
