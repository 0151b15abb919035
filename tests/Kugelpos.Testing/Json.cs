using System.Text.Json;

namespace Kugelpos.Testing;

/// <summary>Reads response bodies as raw JSON, so tests see the wire names rather than C# ones.</summary>
public static class Json
{
    /// <summary>The whole body of <paramref name="response"/>, parsed; it outlives the response.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The names of an object's properties in wire order, to pin an envelope's exact shape.</summary>
    public static string[] PropertyNames(JsonElement element) =>
        [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>The <c>field</c> of each entry in an error envelope's <c>data</c>.</summary>
    public static string[] ErrorFields(JsonElement envelope) =>
        [.. envelope.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("field").GetString()!)];
}
