using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kugelpos.Sidecar.Resources;

/// <summary>
/// Reads the Dapr resource files of a folder — the same YAML daprd reads with
/// <c>--resources-path</c> — into <see cref="ResourceSet"/>. Any problem is a
/// <see cref="ResourceLoadException"/> naming the file and field: a sidecar that starts with a
/// half-read component would lose data later, which is worse than not starting.
/// </summary>
public static class ResourceLoader
{
    /// <summary>Loads every <c>*.yaml</c> and <c>*.yml</c> file directly in <paramref name="folder"/>, in name order.</summary>
    public static ResourceSet LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ResourceLoadException(folder, null, "the resources folder does not exist");
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var sets = files.Select(f => LoadText(File.ReadAllText(f), f)).ToList();
        var all = new ResourceSet(
            [.. sets.SelectMany(s => s.Components)],
            [.. sets.SelectMany(s => s.Configurations)],
            [.. sets.SelectMany(s => s.Resiliencies)],
            [.. sets.SelectMany(s => s.Subscriptions)]);
        var duplicate = all.Components.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ResourceLoadException(duplicate.Last().File, "metadata.name", $"component '{duplicate.Key}' is defined twice (also in {duplicate.First().File})");
        }

        return all;
    }

    /// <summary>Parses the YAML text of one file, which may hold several documents separated by <c>---</c>.</summary>
    public static ResourceSet LoadText(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ResourceLoadException(file, null, $"malformed YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        var nodes = new YamlNodes(file);
        var components = new List<ComponentSpec>();
        var configurations = new List<ConfigurationSpec>();
        var resiliencies = new List<ResiliencySpec>();
        var subscriptions = new List<SubscriptionSpec>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            var root = nodes.Mapping(document.RootNode, "(document)");
            var kind = nodes.RequiredString(root, "kind", "kind");
            switch (kind)
            {
                case "Component":
                    components.Add(ReadComponent(nodes, root));
                    break;
                case "Configuration":
                    configurations.Add(ReadConfiguration(nodes, root));
                    break;
                case "Resiliency":
                    resiliencies.Add(ResiliencyReader.Read(nodes, root));
                    break;
                case "Subscription":
                    subscriptions.Add(ReadSubscription(nodes, root));
                    break;
                default:
                    // daprd also passes over kinds it does not load from a resources folder
                    // (e.g. HTTPEndpoint); say which so a typo in a kind is not invisible.
                    throw new ResourceLoadException(file, "kind", $"'{kind}' is not one of Component, Configuration, Resiliency, Subscription");
            }
        }

        return new ResourceSet(components, configurations, resiliencies, subscriptions);
    }

    internal static string ReadName(YamlNodes nodes, YamlMappingNode root)
    {
        var metadata = nodes.Mapping(nodes.OptionalMapping(root, "metadata", "metadata"), "metadata");
        return nodes.RequiredString(metadata, "name", "metadata.name");
    }

    private static ComponentSpec ReadComponent(YamlNodes nodes, YamlMappingNode root)
    {
        var name = ReadName(nodes, root);
        var spec = nodes.Mapping(nodes.OptionalMapping(root, "spec", "spec"), "spec");
        var type = nodes.RequiredString(spec, "type", "spec.type");
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var items = nodes.OptionalSequence(spec, "metadata", "spec.metadata");
        for (var i = 0; i < (items?.Children.Count ?? 0); i++)
        {
            var path = $"spec.metadata[{i}]";
            var item = nodes.Mapping(items!.Children[i], path);
            var key = nodes.RequiredString(item, "name", $"{path}.name");
            if (nodes.OptionalMapping(item, "secretKeyRef", $"{path}.secretKeyRef") is not null)
            {
                throw new ResourceLoadException(nodes.File, $"{path}.secretKeyRef", $"'{key}' uses a secret store, which the local sidecar does not have; give a value (or use the Kubernetes resources under deploy/)");
            }

            metadata[key] = nodes.OptionalString(item, "value", $"{path}.value") ?? string.Empty;
        }

        var ignoreErrors = nodes.OptionalString(spec, "ignoreErrors", "spec.ignoreErrors") ?? "false";
        var component = new ComponentSpec(name, type, metadata, nodes.StringList(root, "scopes", "scopes"), nodes.File)
        {
            IgnoreErrors = bool.TryParse(ignoreErrors, out var ignore)
                ? ignore
                : throw new ResourceLoadException(nodes.File, "spec.ignoreErrors", $"'{ignoreErrors}' is not true or false"),
        };
        try
        {
            ComponentTypes.Validate(component);
            return component;
        }
        catch (ResourceLoadException e) when (component.IgnoreErrors)
        {
            return component with { Problem = e };
        }
    }

    private static ConfigurationSpec ReadConfiguration(YamlNodes nodes, YamlMappingNode root)
    {
        var name = ReadName(nodes, root);
        var spec = nodes.OptionalMapping(root, "spec", "spec");
        var features = new HashSet<string>(StringComparer.Ordinal);
        var list = spec is null ? null : nodes.OptionalSequence(spec, "features", "spec.features");
        for (var i = 0; i < (list?.Children.Count ?? 0); i++)
        {
            var item = nodes.Mapping(list!.Children[i], $"spec.features[{i}]");
            var feature = nodes.RequiredString(item, "name", $"spec.features[{i}].name");
            var enabled = nodes.OptionalString(item, "enabled", $"spec.features[{i}].enabled") ?? "false";
            if (!bool.TryParse(enabled, out var on))
            {
                throw new ResourceLoadException(nodes.File, $"spec.features[{i}].enabled", $"'{enabled}' is not true or false");
            }

            if (on)
            {
                features.Add(feature);
            }
        }

        return new ConfigurationSpec(name, features);
    }

    private static SubscriptionSpec ReadSubscription(YamlNodes nodes, YamlMappingNode root)
    {
        ReadName(nodes, root);
        var spec = nodes.Mapping(nodes.OptionalMapping(root, "spec", "spec"), "spec");
        var pubsub = nodes.RequiredString(spec, "pubsubname", "spec.pubsubname");
        var topic = nodes.RequiredString(spec, "topic", "spec.topic");
        var rules = new List<RouteRule>();
        string? defaultRoute = nodes.OptionalString(spec, "route", "spec.route");
        var routes = nodes.OptionalMapping(spec, "routes", "spec.routes");
        if (routes is not null)
        {
            defaultRoute ??= nodes.OptionalString(routes, "default", "spec.routes.default");
            var ruleList = nodes.OptionalSequence(routes, "rules", "spec.routes.rules");
            for (var i = 0; i < (ruleList?.Children.Count ?? 0); i++)
            {
                var rule = nodes.Mapping(ruleList!.Children[i], $"spec.routes.rules[{i}]");
                var match = nodes.RequiredString(rule, "match", $"spec.routes.rules[{i}].match");
                if (!RouteMatch.IsSupported(match))
                {
                    throw new ResourceLoadException(nodes.File, $"spec.routes.rules[{i}].match", $"only event.type == \"...\" matches are supported, not '{match}'");
                }

                rules.Add(new RouteRule(match, nodes.RequiredString(rule, "path", $"spec.routes.rules[{i}].path")));
            }
        }

        if (string.IsNullOrEmpty(defaultRoute) && rules.Count == 0)
        {
            throw new ResourceLoadException(nodes.File, "spec.routes.default", "a subscription needs a route");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var meta = nodes.OptionalMapping(spec, "metadata", "spec.metadata");
        foreach (var (key, value) in YamlNodes.Entries(meta))
        {
            metadata[key] = (value as YamlScalarNode)?.Value ?? string.Empty;
        }

        return new SubscriptionSpec(pubsub, topic, defaultRoute ?? string.Empty, rules,
            nodes.OptionalString(spec, "deadLetterTopic", "spec.deadLetterTopic"), metadata, nodes.StringList(root, "scopes", "scopes"));
    }

}
