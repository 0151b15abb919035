namespace Kugelpos.Testing;

/// <summary>
/// A Resiliency resource that opens a breaker on the actor state store after two failures in a row
/// and tries again after 30 s of the sidecars' clock, so an outage test sees the store fail, then
/// the open breaker answer at once, and moves a fake clock to close it.
/// </summary>
public static class TwoStrikeBreaker
{
    /// <summary>The resource's YAML for the actor state store (daprd's target name <c>actorstore</c>).</summary>
    public const string OnActorStore = """
        apiVersion: dapr.io/v1alpha1
        kind: Resiliency
        metadata:
          name: outage
        spec:
          policies:
            circuitBreakers:
              twoStrikes:
                maxRequests: 1
                timeout: 30s
                trip: consecutiveFailures >= 2
          targets:
            components:
              actorstore:
                outbound:
                  circuitBreaker: twoStrikes
        """;
}
