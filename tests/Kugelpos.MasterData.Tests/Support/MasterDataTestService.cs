using Microsoft.AspNetCore.Builder;

namespace Kugelpos.MasterData.Tests.Support;

/// <summary>The real master-data service in a <see cref="ServiceTestHost"/>.</summary>
internal static class MasterDataTestService
{
    /// <summary>Starts the service with the test defaults and <paramref name="settings"/> over them.</summary>
    public static Task<ServiceTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null) =>
        ServiceTestHost.StartAsync(b => b.AddMasterDataService(), a => a.MapMasterDataService(), settings, configure);
}
