using YamlDotNet.RepresentationModel;

namespace Kugelpos.Sidecar.Resources;

/// <summary>Small readers over YamlDotNet's node model that fail with the file and YAML path named.</summary>
internal sealed class YamlNodes(string file)
{
    public string File { get; } = file;

    public YamlMappingNode Mapping(YamlNode? node, string path) =>
        node as YamlMappingNode ?? throw new ResourceLoadException(File, path, node is null ? "is missing" : "must be a mapping");

    public YamlMappingNode? OptionalMapping(YamlMappingNode parent, string key, string path) =>
        Child(parent, key) switch
        {
            null => null,
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" or "~" or "null" } => null,
            _ => throw new ResourceLoadException(File, path, "must be a mapping"),
        };

    public YamlSequenceNode? OptionalSequence(YamlMappingNode parent, string key, string path) =>
        Child(parent, key) switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            YamlScalarNode { Value: null or "" or "~" or "null" } => null,
            _ => throw new ResourceLoadException(File, path, "must be a list"),
        };

    public string RequiredString(YamlMappingNode parent, string key, string path) =>
        OptionalString(parent, key, path) is { Length: > 0 } value
            ? value
            : throw new ResourceLoadException(File, path, "is required");

    public string? OptionalString(YamlMappingNode parent, string key, string path) =>
        Child(parent, key) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw new ResourceLoadException(File, path, "must be a plain value"),
        };

    public IReadOnlyList<string> StringList(YamlMappingNode parent, string key, string path)
    {
        var sequence = OptionalSequence(parent, key, path);
        if (sequence is null)
        {
            return [];
        }

        return [.. sequence.Children.Select((item, i) => item is YamlScalarNode { Value: { } value }
            ? value
            : throw new ResourceLoadException(File, $"{path}[{i}]", "must be a plain value"))];
    }

    /// <summary>The entries of a mapping (none for null), keys as strings.</summary>
    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode? mapping) =>
        mapping?.Children.Select(e => ((e.Key as YamlScalarNode)?.Value ?? string.Empty, e.Value)) ?? [];

    private static YamlNode? Child(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
