using System.Text.Json;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// Reads the plugin configuration: <c>{ "plugins": [ { "kind", "code", "assembly", "type", "arguments" } ] }</c>,
/// comments and trailing commas allowed since people edit it by hand. Every malformed entry becomes a
/// problem naming it, so one start-up reports them all.
/// </summary>
internal static class SalesPluginFile
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] Fields = ["kind", "code", "assembly", "type", "arguments"];

    /// <summary>The well-formed entries of <paramref name="path"/>; what is wrong with the others goes to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<SalesPluginEntry> Read(string path, List<string> problems)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            problems.Add($"the plugin configuration '{path}' cannot be read: {e.Message}");
            return [];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("plugins", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"the plugin configuration '{path}' must be an object with a \"plugins\" list.");
                return [];
            }

            var entries = new List<SalesPluginEntry>();
            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                if (ReadEntry(index++, element, problems) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            return entries;
        }
    }

    private static SalesPluginEntry? ReadEntry(int index, JsonElement element, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{SalesPluginEntry.Describe(index, null, null)}: an entry must be an object with kind, code, assembly, type and arguments.");
            return null;
        }

        var faults = new List<string>();
        var kind = Text(element, "kind", faults);
        var code = Text(element, "code", faults);
        var assembly = Text(element, "assembly", faults);
        var type = Text(element, "type", faults);
        var arguments = Arguments(element, faults);
        faults.AddRange(element.EnumerateObject()
            .Where(field => !Fields.Contains(field.Name, StringComparer.Ordinal))
            .Select(field => $"field '{field.Name}' is unknown (the fields are {string.Join(", ", Fields)})"));
        if (faults.Count > 0 || kind is null || code is null || assembly is null || type is null)
        {
            problems.Add($"{SalesPluginEntry.Describe(index, kind, code)}: {string.Join("; ", faults)}.");
            return null;
        }

        return new SalesPluginEntry(index, kind, code, assembly, type, arguments);
    }

    private static string? Text(JsonElement entry, string field, List<string> faults)
    {
        if (!entry.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            faults.Add($"{field} is missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            faults.Add($"{field} must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    private static Dictionary<string, string> Arguments(JsonElement entry, List<string> faults)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!entry.TryGetProperty("arguments", out var values) || values.ValueKind == JsonValueKind.Null)
        {
            return arguments;
        }

        if (values.ValueKind != JsonValueKind.Object)
        {
            faults.Add("arguments must be an object of named values");
            return arguments;
        }

        foreach (var argument in values.EnumerateObject())
        {
            if (ArgumentText(argument.Value) is { } text)
            {
                arguments[argument.Name] = text;
            }
            else
            {
                faults.Add($"argument '{argument.Name}' must be a string, a number or true/false");
            }
        }

        return arguments;
    }

    // Numbers keep their JSON text, so 0.10 stays 0.10 for a decimal argument.
    private static string? ArgumentText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
