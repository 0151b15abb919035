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
}
