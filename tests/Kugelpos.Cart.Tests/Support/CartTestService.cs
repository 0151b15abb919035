using Microsoft.AspNetCore.Builder;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>The real cart service in a <see cref="ServiceTestHost"/>.</summary>
internal static class CartTestService
{
    /// <summary>Starts the service with the test defaults and <paramref name="settings"/> over them.</summary>
    /// <param name="settings">Settings over the test defaults.</param>
    /// <param name="configure">Runs on the builder first.</param>
    /// <param name="sidecar">The sidecar beside it, for the cart actors and service calls.</param>
    public static Task<ServiceTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null, TestSidecar? sidecar = null) =>
        ServiceTestHost.StartAsync(b => b.AddCartService(), a => a.MapCartService(), settings, configure, sidecar);
}
