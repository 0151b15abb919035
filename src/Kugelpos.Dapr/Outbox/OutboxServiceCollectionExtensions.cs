using Dapr.Client;
using Kugelpos.Dapr.Actors;
using Microsoft.Extensions.Configuration;
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

    /// <summary>
    /// Registers <see cref="IDeliveryStatusCallback"/> over Dapr service invocation through the
    /// sidecar named by configuration <c>DAPR_HTTP_ENDPOINT</c> / <c>DAPR_API_TOKEN</c> (the SDK's
    /// own defaults when absent). The subscription plumbing reports through it once registered.
    /// </summary>
    public static IServiceCollection AddKugelposDeliveryStatusCallback(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IDeliveryStatusCallback>(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            var client = DaprClient.CreateInvokeHttpClient(
                daprEndpoint: NullIfEmpty(configuration[KugelposActorDefaults.HttpEndpointKey]),
                daprApiToken: NullIfEmpty(configuration[KugelposActorDefaults.ApiTokenKey]));
            return new InvokeDeliveryStatusCallback(client);
        });
        return services;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
