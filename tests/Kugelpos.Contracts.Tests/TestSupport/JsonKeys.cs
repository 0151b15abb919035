using System.Text.Json.Nodes;

namespace Kugelpos.Contracts.Tests.TestSupport;

/// <summary>Every property name anywhere in a JSON document.</summary>
internal static class JsonKeys
{
    public static IReadOnlyList<string> All(string json)
    {
        var keys = new List<string>();
        Collect(JsonNode.Parse(json), keys);
        return keys;
    }

    private static void Collect(JsonNode? node, List<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj)
                {
                    keys.Add(property.Key);
                    Collect(property.Value, keys);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, keys);
                }

                break;
        }
    }
}
