using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.DocumentStore.Configuration;

/// <summary>Registers the document store.</summary>
public static class DocumentStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Kugelpos:DocumentStore</c> from <paramref name="configuration"/> (the root),
    /// validates it at start-up, registers one <see cref="IDocumentStore"/> for the process and
    /// a start-up check that fails the host when MongoDB does not answer or the LiteDB folder
    /// cannot be written. Uses the registered <see cref="TimeProvider"/> (the system clock if none).
    /// </summary>
    public static IServiceCollection AddKugelposDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DocumentStoreOptions>()
            .Bind(configuration.GetSection(DocumentStoreOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DocumentStoreOptions>, DocumentStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DocumentStoreFactory.Create(
            sp.GetRequiredService<IOptions<DocumentStoreOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<DocumentStoreStartupCheck>();
        return services;
    }
}
