using System.Text.Json;

namespace Kugelpos.Account.Tests.Support;

/// <summary>Reads response bodies as raw JSON, so tests see the wire names rather than C# ones.</summary>
internal static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>field</c> of each entry in an error envelope's <c>data</c>.</summary>
    public static string[] ErrorFields(JsonElement envelope) =>
        [.. envelope.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("field").GetString()!)];
}
