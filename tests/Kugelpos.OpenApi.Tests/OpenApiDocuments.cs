using System.Text.Json;

namespace Kugelpos.OpenApi.Tests;

/// <summary>Reads what the tests compare out of an OpenAPI document.</summary>
public static class OpenApiDocuments
{
    private static readonly HashSet<string> Methods =
        new(["get", "put", "post", "delete", "patch", "head", "options", "trace"], StringComparer.Ordinal);

    /// <summary>Every operation of the document, by its endpoint.</summary>
    /// <param name="document">The document's root.</param>
    public static IReadOnlyDictionary<Endpoint, JsonElement> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => Methods.Contains(operation.Name))
                .Select(operation => (Endpoint: Endpoint.Of(operation.Name, path.Name), Operation: operation.Value)))
            .ToDictionary(pair => pair.Endpoint, pair => pair.Operation);

    /// <summary>Whether the operation names any security requirement.</summary>
    /// <param name="operation">An operation object.</param>
    public static bool IsSecured(JsonElement operation) =>
        operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;

    /// <summary>Reads the original's document for <paramref name="service"/>.</summary>
    /// <param name="service">The service.</param>
    public static JsonElement Original(ServiceUnderTest service)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var document = JsonDocument.Parse(File.ReadAllText(service.OriginalFile));
        return document.RootElement.Clone();
    }

    /// <summary>The schema <paramref name="schema"/> names by its <c>$ref</c>, or the schema itself when it names none.</summary>
    /// <param name="document">The document's root.</param>
    /// <param name="schema">A schema object, e.g. a media type's <c>schema</c>.</param>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference))
        {
            return schema;
        }

        const string Prefix = "#/components/schemas/";
        var name = reference.GetString()!;
        Assert.StartsWith(Prefix, name, StringComparison.Ordinal);
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name[Prefix.Length..]);
    }

    /// <summary>The names of a schema's properties, its <c>allOf</c> parts' included, in order.</summary>
    /// <param name="document">The document's root.</param>
    /// <param name="schema">A schema object or a reference to one.</param>
    public static IReadOnlyList<string> PropertyNames(JsonElement document, JsonElement schema)
    {
        var resolved = Resolve(document, schema);
        var own = resolved.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(property => property.Name)
            : [];
        var parts = resolved.TryGetProperty("allOf", out var allOf)
            ? allOf.EnumerateArray().SelectMany(part => PropertyNames(document, part))
            : [];
        return [.. own, .. parts];
    }
}
