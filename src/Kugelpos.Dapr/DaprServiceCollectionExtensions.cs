using Dapr.Client;
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
        return services;
    }
}
