namespace Kugelpos.Testing;

/// <summary>Dapr Configuration resources a test sidecar loads beside its components.</summary>
public static class DaprConfigurations
{
    /// <summary>The file name a sidecar's Configuration is written under.</summary>
    public const string FileName = "configuration.yaml";

    /// <summary>
    /// As components/*/configuration.yaml: the preview feature ActorStateTTL on, without which a
    /// sidecar refuses actor state saved with a TTL (the cart's document, the transaction actor's state).
    /// </summary>
    public const string ActorStateTtl = """
        apiVersion: dapr.io/v1alpha1
        kind: Configuration
        metadata:
          name: kugelpos
        spec:
          features:
          - name: ActorStateTTL
            enabled: true
        """;
}
