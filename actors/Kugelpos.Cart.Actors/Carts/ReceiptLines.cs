using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>
/// Receipt header or footer lines from a setting value (the original's receipt_types and
/// _parse_json_or_literal_async): JSON, or a Python literal with single quotes as settings stored
/// by Python tools hold it; each line an object with a string <c>text</c> (empty when missing: a
/// blank line) and <c>align</c> left, center or right (left when missing or unknown).
/// </summary>
internal static class ReceiptLines
{
    private static readonly string[] Alignments = ["left", "center", "right"];

    /// <summary>The valid lines as a JSON array, or null when the value holds none.</summary>
    public static JsonElement? Parse(string? value)
    {
        if (Read(value) is not JsonArray lines)
        {
            return null;
        }

        var valid = new JsonArray();
        foreach (var line in lines.OfType<JsonObject>())
        {
            var text = line.ContainsKey("text") ? Text(line["text"]) : string.Empty;
            if (text is null)
            {
                continue;
            }

            var align = Text(line["align"]) is { } given && Alignments.Contains(given) ? given : "left";
            valid.Add(new JsonObject { ["text"] = text, ["align"] = align });
        }

        return valid.Count == 0 ? null : JsonSerializer.SerializeToElement(valid);
    }

    private static JsonNode? Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var candidate in new[] { value, value.Replace('\'', '"') })
        {
            try
            {
                return JsonNode.Parse(candidate);
            }
            catch (JsonException)
            {
                // Not JSON in this spelling; the next is tried, and a value in neither is no lines.
            }
        }

        return null;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
