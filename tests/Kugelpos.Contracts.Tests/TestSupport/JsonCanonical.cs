using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kugelpos.Contracts.Tests.TestSupport;

/// <summary>
/// A canonical text of a JSON document: object keys sorted and numbers at their
/// smallest exact scale, so 2916, 2916.0 and 2916.00 compare equal while any other
/// difference in names, values or nesting shows up in the assertion's diff.
/// </summary>
internal static class JsonCanonical
{
    private const decimal NormalizingOne = 1.0000000000000000000000000000m;

    public static string Of(string json) =>
        Canonical(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    public static void AssertSemanticallyEqual(string expected, string actual) =>
        Assert.Equal(Of(expected), Of(actual));

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj
            .OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, Canonical(property.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Canonical)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number =>
            JsonValue.Create(value.GetValue<decimal>() / NormalizingOne),
        _ => node.DeepClone(),
    };
}
