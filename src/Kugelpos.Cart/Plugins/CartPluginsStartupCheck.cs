using Kugelpos.Cart.Abstractions.Plugins;

namespace Kugelpos.Cart.Plugins;

/// <summary>
/// Loads the plugins when the service starts (the registry is made for it), so a bad entry stops
/// the service before it listens instead of failing the first sale.
/// </summary>
internal sealed class CartPluginsStartupCheck(SalesPluginRegistry registry, ILogger<CartPluginsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var kind in registry.Kinds)
        {
            foreach (var plugin in registry.All<ISalesPlugin>(kind))
            {
                logger.LogInformation("Cart plugin {Kind} {Code}: {Type} from {Assembly}",
                    kind.Name, plugin.Code, plugin.GetType().FullName, plugin.GetType().Assembly.GetName().Name);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
