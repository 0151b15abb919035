using System.Text.Json;

namespace Kugelpos.ServiceDefaults.Tests.Support;

/// <summary>Reads response bodies as raw JSON, so tests see the wire names rather than C# ones.</summary>
internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string[] PropertyNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).ToArray();
}
