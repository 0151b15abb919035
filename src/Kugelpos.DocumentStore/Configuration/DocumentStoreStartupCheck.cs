using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kugelpos.DocumentStore.Configuration;

/// <summary>
/// Fails host start-up when the configured store cannot be used, instead of failing on the
/// first request.
/// </summary>
internal sealed class DocumentStoreStartupCheck(IDocumentStore store, ILogger<DocumentStoreStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.VerifyAsync(cancellationToken);
        logger.LogInformation("Document store ready: {Backend} at {Location}", store.Backend, store.Location);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
