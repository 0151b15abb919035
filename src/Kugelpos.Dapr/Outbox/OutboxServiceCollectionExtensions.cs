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
    /// Registers <see cref="IDeliveryStatusCallback"/> over Dapr service invocation, the service
    /// client of <see cref="DaprServiceClientExtensions.AddDaprServiceClient{TClient}"/>, its reports
    /// signed with service tokens of the <c>KugelposTokenIssuer</c> (so the service calls
    /// <c>AddKugelposJwt</c>). The subscription plumbing reports through it once registered.
    /// </summary>
    public static IServiceCollection AddKugelposDeliveryStatusCallback(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The app id is only the client's default: each report names its publisher (cart or terminal)
        // as the request host, and Dapr's handler invokes whichever app that names.
        services.AddDaprServiceClient<InvokeDeliveryStatusCallback>(DeliveryStatusTarget.TerminalAppId);
        services.TryAddTransient<IDeliveryStatusCallback>(provider => provider.GetRequiredService<InvokeDeliveryStatusCallback>());
        return services;
    }
}
