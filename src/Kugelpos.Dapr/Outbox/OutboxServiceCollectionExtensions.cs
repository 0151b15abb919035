using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.Dapr.Outbox;

/// <summary>Registers the outbox.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OutboxOptions"/> (bound from <see cref="OutboxOptions.SectionName"/>,
    /// validated at start-up), the Kugelpos Dapr client it publishes through, and
    /// <see cref="ActorOutboxFactory"/>.
    /// </summary>
    public static IServiceCollection AddKugelposOutbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.AddKugelposDaprClient();
        services.TryAddSingleton<ActorOutboxFactory>();
        return services;
    }
}
