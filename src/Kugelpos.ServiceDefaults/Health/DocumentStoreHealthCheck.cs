using Kugelpos.DocumentStore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Kugelpos.ServiceDefaults.Health;

/// <summary>
/// Readiness: the document store can be used. Named as the original names its check
/// (<see cref="NameFor"/>), so dashboards built for the original read <c>checks.mongodb</c> unchanged.
/// </summary>
internal sealed class DocumentStoreHealthCheck(IDocumentStore store, ILogger<DocumentStoreHealthCheck> logger) : IHealthCheck
{
    /// <summary>The check's name in <c>GET /health</c>: <c>mongodb</c> or <c>litedb</c>.</summary>
    public static string NameFor(DocumentStoreBackend backend) =>
        backend == DocumentStoreBackend.MongoDb ? "mongodb" : "litedb";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.VerifyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cause may name hosts or paths: it goes to the log, the health answer stays generic.
            logger.LogWarning(ex, "Document store check failed");
            return HealthCheckResult.Unhealthy("Document store unavailable");
        }
    }
}
