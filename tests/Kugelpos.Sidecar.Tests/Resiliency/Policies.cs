using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>Builds the outbound policy of component <c>store</c> from a Resiliency resource, as the sidecar does at start.</summary>
internal static class Policies
{
    /// <summary>The policies of app <c>pos</c>, whose component <c>store</c> uses the given named policies.</summary>
    public static ComponentPolicies For(TimeProvider time, string? retry = null, string? breaker = null, string? timeout = null)
    {
        var outbound = string.Join("\n", new[] { ("retry", retry), ("circuitBreaker", breaker), ("timeout", timeout) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"          {p.Item1}: {p.Item2}"));
        var yaml = $"""
            apiVersion: dapr.io/v1alpha1
            kind: Resiliency
            metadata:
              name: test
            spec:
              policies:
                timeouts:
                  quick: 1s
                retries:
                  fixed:
                    policy: constant
                    duration: 50ms
                    maxRetries: 3
                  growing:
                    policy: exponential
                    duration: 200ms
                    maxInterval: 1s
                    maxRetries: 5
                  forever:
                    policy: constant
                    duration: 10ms
                    maxRetries: -1
                circuitBreakers:
                  threeStrikes:
                    maxRequests: 1
                    timeout: 60s
                    trip: consecutiveFailures >= 3
              targets:
                components:
                  store:
                    outbound:
            {outbound}
            """;
        return ComponentPolicies.Create("pos", ResourceLoader.LoadText(yaml, "resiliency.yaml"), time, NullLoggerFactory.Instance);
    }
}
