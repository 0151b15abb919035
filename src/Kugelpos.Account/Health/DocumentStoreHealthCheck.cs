using Kugelpos.DocumentStore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kugelpos.Account.Health;

/// <summary>Readiness: the document store that holds tenants and users can be used.</summary>
internal sealed class DocumentStoreHealthCheck(IDocumentStore store, ILogger<DocumentStoreHealthCheck> logger) : IHealthCheck
{
    public const string Name = "document_store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["backend"] = store.Backend.ToString() };
        try
        {
            await store.VerifyAsync(cancellationToken);
            return HealthCheckResult.Healthy(data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cause may name hosts or paths: it goes to the log, the health answer stays generic.
            logger.LogWarning(ex, "Document store check failed");
            return HealthCheckResult.Unhealthy("Document store unavailable", data: data);
        }
    }
}
