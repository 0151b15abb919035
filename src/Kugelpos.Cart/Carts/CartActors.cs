using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Actors.Calculation;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Dapr.Actors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// Hosts the <see cref="CartActor"/>s. Their state goes to the app's actor state store: daprd (and
/// our sidecar) gives an app the one state component marked <c>actorStateStore</c> among those
/// scoped to it, and for the <c>cart</c> app that is <c>cartstore</c> (components/*/cartstore.yaml).
/// </summary>
public static class CartActors
{
    /// <summary>
    /// Registers the cart calculation (<see cref="CalculationOptions.Default"/> unless registered
    /// before), the plugins over the service's registry, the <see cref="CartActorClient"/>, and the
    /// actor type with its activator.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    public static WebApplicationBuilder AddCartActors(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKugelposActors(static _ => { });
        var services = builder.Services;
        services.TryAddSingleton(CalculationOptions.Default);
        services.TryAddSingleton<CartCalculator>();
        services.TryAddSingleton<ICartPlugins, CartPlugins>();
        services.TryAddSingleton<CartActorClient>();

        // The activator needs the container, which exists only once options are read.
        services.AddOptions<ActorRuntimeOptions>().Configure<IServiceProvider>((options, provider) =>
            options.Actors.RegisterActor<CartActor>(registration => registration.Activator = new CartActorActivator(provider)));
        return builder;
    }
}
