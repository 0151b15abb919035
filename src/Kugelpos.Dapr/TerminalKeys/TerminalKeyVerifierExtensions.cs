using Kugelpos.Dapr.Outbox;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Dapr.TerminalKeys;

/// <summary>Registers how a service other than the terminal service checks terminal API keys.</summary>
public static class TerminalKeyVerifierExtensions
{
    /// <summary>
    /// Registers <see cref="TerminalServiceKeyVerifier"/> as the service's <see cref="ITerminalKeyVerifier"/>:
    /// each key not in the short cache of <c>AddKugelposJwt</c> is checked by the terminal service through
    /// Dapr service invocation. Every service but the terminal service (which checks through its actor) calls it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="terminalAppId">The terminal service's Dapr app id.</param>
    public static IServiceCollection AddKugelposTerminalKeysFromTerminalService(
        this IServiceCollection services, string terminalAppId = DeliveryStatusTarget.TerminalAppId)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDaprServiceClient<TerminalServiceKeyVerifier>(terminalAppId);
        services.TryAddTransient<ITerminalKeyVerifier>(provider => provider.GetRequiredService<TerminalServiceKeyVerifier>());
        return services;
    }
}
