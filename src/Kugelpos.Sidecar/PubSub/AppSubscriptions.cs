using System.Text.Json;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar.PubSub;

/// <summary>Reads the subscriptions an app declares on <c>GET /dapr/subscribe</c>.</summary>
public static class AppSubscriptions
{
    /// <summary>
    /// Parses the app's answer: an array of <c>{pubsubname, topic, route | routes{rules, default},
    /// deadLetterTopic, metadata}</c>. Entries that cannot work are logged and left out, as the app
    /// cannot be refused at start-up the way a resource file can.
    /// </summary>
    /// <exception cref="FormatException">The answer is not a JSON array.</exception>
    public static IReadOnlyList<SubscriptionSpec> Parse(ReadOnlySpan<byte> json, ILogger logger)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException e)
        {
            throw new FormatException($"GET /dapr/subscribe did not answer JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("GET /dapr/subscribe must answer a JSON array");
            }

            var result = new List<SubscriptionSpec>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (Read(item, out var error) is { } subscription)
                {
                    result.Add(subscription);
                }
                else
                {
                    logger.LogWarning("Ignoring a subscription from GET /dapr/subscribe: {Reason}", error);
                }
            }

            return result;
        }
    }

    private static SubscriptionSpec? Read(JsonElement item, out string error)
    {
        error = string.Empty;
        if (item.ValueKind != JsonValueKind.Object)
        {
            error = "an entry is not an object";
            return null;
        }

        var pubsub = Text(item, "pubsubname");
        var topic = Text(item, "topic");
        if (pubsub is null || topic is null)
        {
            error = "an entry lacks pubsubname or topic";
            return null;
        }

        var route = Text(item, "route");
        var rules = new List<RouteRule>();
        if (item.TryGetProperty("routes", out var routes) && routes.ValueKind == JsonValueKind.Object)
        {
            route = Text(routes, "default") ?? route;
            if (routes.TryGetProperty("rules", out var ruleList) && ruleList.ValueKind == JsonValueKind.Array)
            {
                foreach (var rule in ruleList.EnumerateArray())
                {
                    var match = rule.ValueKind == JsonValueKind.Object ? Text(rule, "match") : null;
                    var path = rule.ValueKind == JsonValueKind.Object ? Text(rule, "path") : null;
                    if (match is null || path is null || !RouteMatch.IsSupported(match))
                    {
                        error = $"{pubsub}/{topic}: rule '{match}' is not of the form event.type == \"x\"";
                        return null;
                    }

                    rules.Add(new RouteRule(match, path));
                }
            }
        }

        if (route is null && rules.Count == 0)
        {
            error = $"{pubsub}/{topic} has no route";
            return null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in meta.EnumerateObject())
            {
                metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return new SubscriptionSpec(pubsub, topic, route ?? string.Empty, rules, Text(item, "deadLetterTopic"), metadata, []);
    }

    // daprd reads these names case-insensitively (Go's encoding/json), and Dapr.AspNetCore's
    // MapSubscribeHandler writes "pubsubName": an exact match would ignore every such subscription.
    private static string? Text(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text ? text : null;
            }
        }

        return null;
    }
}
