using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Kugelpos.Sidecar.Resources;

/// <summary>Reads a <c>Resiliency</c> resource: its policies, and targets that may only name policies it defines.</summary>
internal static partial class ResiliencyReader
{
    /// <summary>The resiliency resource in <paramref name="root"/>.</summary>
    public static ResiliencySpec Read(YamlNodes nodes, YamlMappingNode root)
    {
        var name = ResourceLoader.ReadName(nodes, root);
        var spec = nodes.Mapping(nodes.OptionalMapping(root, "spec", "spec"), "spec");
        var policies = nodes.OptionalMapping(spec, "policies", "spec.policies");
        var timeouts = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var retries = new Dictionary<string, RetryPolicySpec>(StringComparer.Ordinal);
        var breakers = new Dictionary<string, CircuitBreakerSpec>(StringComparer.Ordinal);
        if (policies is not null)
        {
            foreach (var (key, value) in YamlNodes.Entries(nodes.OptionalMapping(policies, "timeouts", "spec.policies.timeouts")))
            {
                var policy = key;
                timeouts[policy] = Duration(nodes, (value as YamlScalarNode)?.Value, $"spec.policies.timeouts.{policy}");
            }

            foreach (var (key, value) in YamlNodes.Entries(nodes.OptionalMapping(policies, "retries", "spec.policies.retries")))
            {
                var policy = key;
                var path = $"spec.policies.retries.{policy}";
                var body = nodes.Mapping(value, path);
                var kind = nodes.OptionalString(body, "policy", $"{path}.policy") ?? "constant";
                if (kind is not ("constant" or "exponential"))
                {
                    throw new ResourceLoadException(nodes.File, $"{path}.policy", $"'{kind}' is not constant or exponential");
                }

                var duration = Duration(nodes, nodes.OptionalString(body, "duration", $"{path}.duration") ?? (kind == "constant" ? "5s" : "500ms"), $"{path}.duration");
                var maxInterval = Duration(nodes, nodes.OptionalString(body, "maxInterval", $"{path}.maxInterval") ?? "60s", $"{path}.maxInterval");
                var maxRetries = Int(nodes, nodes.OptionalString(body, "maxRetries", $"{path}.maxRetries") ?? "-1", $"{path}.maxRetries");
                retries[policy] = new RetryPolicySpec(kind, duration, maxInterval, maxRetries);
            }

            foreach (var (key, value) in YamlNodes.Entries(nodes.OptionalMapping(policies, "circuitBreakers", "spec.policies.circuitBreakers")))
            {
                var policy = key;
                var path = $"spec.policies.circuitBreakers.{policy}";
                var body = nodes.Mapping(value, path);
                var trip = nodes.RequiredString(body, "trip", $"{path}.trip");
                var match = TripExpression().Match(trip);
                if (!match.Success)
                {
                    throw new ResourceLoadException(nodes.File, $"{path}.trip", $"only 'consecutiveFailures >= N' or '> N' is supported, not '{trip}'");
                }

                var threshold = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) + (match.Groups["op"].Value == ">" ? 1 : 0);
                breakers[policy] = new CircuitBreakerSpec(
                    Int(nodes, nodes.OptionalString(body, "maxRequests", $"{path}.maxRequests") ?? "1", $"{path}.maxRequests"),
                    Duration(nodes, nodes.OptionalString(body, "interval", $"{path}.interval") ?? "0s", $"{path}.interval"),
                    Duration(nodes, nodes.OptionalString(body, "timeout", $"{path}.timeout") ?? "60s", $"{path}.timeout"),
                    threshold);
            }
        }

        var targets = new Dictionary<string, IReadOnlyDictionary<string, ResiliencyTargetSpec>>(StringComparer.Ordinal);
        var targetNode = nodes.OptionalMapping(spec, "targets", "spec.targets");
        foreach (var (key, value) in YamlNodes.Entries(targetNode))
        {
            var kind = key;
            if (kind is not ("apps" or "actors" or "components"))
            {
                throw new ResourceLoadException(nodes.File, $"spec.targets.{kind}", "targets are apps, actors or components");
            }

            var byName = new Dictionary<string, ResiliencyTargetSpec>(StringComparer.Ordinal);
            foreach (var (targetKey, targetValue) in YamlNodes.Entries(nodes.Mapping(value, $"spec.targets.{kind}")))
            {
                var target = targetKey;
                byName[target] = ReadTarget(nodes, nodes.Mapping(targetValue, $"spec.targets.{kind}.{target}"), $"spec.targets.{kind}.{target}", timeouts, retries, breakers);
            }

            targets[kind] = byName;
        }

        return new ResiliencySpec(name, timeouts, retries, breakers, targets, nodes.StringList(root, "scopes", "scopes"));
    }

    private static ResiliencyTargetSpec ReadTarget(
        YamlNodes nodes,
        YamlMappingNode body,
        string path,
        Dictionary<string, TimeSpan> timeouts,
        Dictionary<string, RetryPolicySpec> retries,
        Dictionary<string, CircuitBreakerSpec> breakers)
    {
        string? Policy<T>(string field, Dictionary<string, T> known)
        {
            var value = nodes.OptionalString(body, field, $"{path}.{field}");
            if (value is not null && !known.ContainsKey(value) && !(field == "timeout" && GoDuration.TryParse(value, out _)))
            {
                throw new ResourceLoadException(nodes.File, $"{path}.{field}", $"no {field} policy is named '{value}'");
            }

            return value;
        }

        var inbound = nodes.OptionalMapping(body, "inbound", $"{path}.inbound");
        var outbound = nodes.OptionalMapping(body, "outbound", $"{path}.outbound");
        return new ResiliencyTargetSpec(
            Policy("timeout", timeouts),
            Policy("retry", retries),
            Policy("circuitBreaker", breakers),
            inbound is null ? null : ReadTarget(nodes, inbound, $"{path}.inbound", timeouts, retries, breakers),
            outbound is null ? null : ReadTarget(nodes, outbound, $"{path}.outbound", timeouts, retries, breakers));
    }

    private static TimeSpan Duration(YamlNodes nodes, string? text, string path) =>
        GoDuration.TryParse(text, out var value) ? value : throw new ResourceLoadException(nodes.File, path, $"'{text}' is not a duration such as 5s or 1m");

    private static int Int(YamlNodes nodes, string text, string path) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new ResourceLoadException(nodes.File, path, $"'{text}' is not a whole number");

    [GeneratedRegex(@"^\s*consecutiveFailures\s*(?<op>>=|>)\s*(?<n>\d+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TripExpression();
}
