namespace Kugelpos.Testing;

/// <summary>
/// A Resiliency resource giving one pub/sub component three inbound retries 10 ms apart, so a
/// delivery that keeps failing is four attempts in quick succession and a RETRY is delivered again at once.
/// </summary>
public static class FastInboundRetry
{
    /// <summary>The resource's YAML for <paramref name="component"/>.</summary>
    public static string For(string component) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Resiliency
        metadata:
          name: fast
        spec:
          policies:
            retries:
              quick:
                policy: constant
                duration: 10ms
                maxRetries: 3
          targets:
            components:
              {component}:
                inbound:
                  retry: quick
        """;
}
