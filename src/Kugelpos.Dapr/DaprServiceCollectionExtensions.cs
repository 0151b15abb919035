using Dapr.Client;
using Kugelpos.ServiceDefaults.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr;

/// <summary>Registers the Kugelpos Dapr client stack.</summary>
public static class DaprServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DaprOptions"/> (bound from <see cref="DaprOptions.SectionName"/>,
    /// validated at start-up), a pooled <see cref="DaprClient"/>, <see cref="DaprClientHelper"/> and
    /// <see cref="IDaprClientHelper"/> as singletons, and <see cref="TimeProvider.System"/>. Anything
    /// registered before this call (a <see cref="TimeProvider"/>, a <see cref="DaprClient"/>) is kept.
    /// Also teaches the service's exception handler the Dapr outages (an actor whose state store is
    /// down, the sidecar out of reach), which it then answers with a retryable 503 instead of a 500.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options after configuration binding.</param>
    public static IServiceCollection AddKugelposDaprClient(
        this IServiceCollection services,
        Action<DaprOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<DaprOptions>().BindConfiguration(DaprOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DaprOptions>, DaprOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
            DaprClientFactory.Create(provider.GetRequiredService<IOptions<DaprOptions>>().Value, provider.GetService<IConfiguration>()));
        services.TryAddSingleton<DaprClientHelper>();
        services.TryAddSingleton<IDaprClientHelper>(provider => provider.GetRequiredService<DaprClientHelper>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IErrorTranslator, DaprOutageTranslator>());
        return services;
    }
}
