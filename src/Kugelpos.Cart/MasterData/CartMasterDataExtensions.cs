using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Dapr;
using Kugelpos.ServiceDefaults.Caching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kugelpos.Cart.MasterData;

/// <summary>Registers the master data the cart reads.</summary>
public static class CartMasterDataExtensions
{
    /// <summary>
    /// Registers <see cref="ICartMasterData"/>: master data through Dapr service invocation (app
    /// <c>master-data</c>), cached in process as <see cref="MasterDataCacheOptions"/> (validated at start-up) say.
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddCartMasterData(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MasterDataCacheOptions>()
            .BindConfiguration(MasterDataCacheOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<MasterDataCacheOptions>, MasterDataCacheOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MasterDataCacheOptions>>().Value;
            return new ShortLivedCache<MasterDataKey, object>(
                new ShortLivedCacheLimits(options.Size, options.Duration, options.MissDuration), provider.GetRequiredService<TimeProvider>());
        });
        services.AddDaprServiceClient<CartMasterData>(CartMasterData.MasterDataAppId);
        services.TryAddTransient<ICartMasterData>(provider => provider.GetRequiredService<CartMasterData>());
        return services;
    }
}
