using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.Cart.Plugins;

/// <summary>Registers the cart's sales plugins.</summary>
public static class CartPluginServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Kugelpos:Cart:Plugins</c> (<see cref="CartPluginOptions"/>), registers the
    /// <see cref="SalesPluginRegistry"/> of every <see cref="SalesPluginKind"/> and loads it when the
    /// service starts: a missing configuration file or any bad entry stops start-up with an
    /// <see cref="OptionsValidationException"/> naming the setting or the entry (index, kind and code).
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddCartPlugins(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CartPluginOptions>()
            .BindConfiguration(CartPluginOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CartPluginOptions>, CartPluginOptionsValidator>());
        services.TryAddSingleton(sp => SalesPluginLoader.Load(
            sp.GetRequiredService<IOptions<CartPluginOptions>>().Value, SalesPluginKind.All));
        services.AddHostedService<CartPluginsStartupCheck>();
        return services;
    }
}
