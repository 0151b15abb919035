using System.Text.Json.Nodes;

namespace Kugelpos.Contracts.Tests.TestSupport;

/// <summary>Small edits of a sample document, to build the bad or unusual inputs of a test.</summary>
internal static class JsonEdit
{
    public static string Without(string json, string property)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root.Remove(property);
        return root.ToJsonString();
    }

    public static string With(string json, string property, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root[property] = value;
        return root.ToJsonString();
    }

    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }
}
