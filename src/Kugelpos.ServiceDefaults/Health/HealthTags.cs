namespace Kugelpos.ServiceDefaults.Health;

/// <summary>Tags that place a health check on the Kubernetes probes.</summary>
public static class HealthTags
{
    /// <summary>
    /// Checks with this tag must pass for <c>GET /health/ready</c> to answer 200; tag the
    /// dependencies without which the service cannot serve (database, Dapr sidecar).
    /// </summary>
    public const string Ready = "ready";
}
