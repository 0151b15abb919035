using Microsoft.AspNetCore.Builder;

namespace Kugelpos.Terminal.Tests.Support;

/// <summary>The real terminal service in a <see cref="ServiceTestHost"/>.</summary>
internal static class TerminalTestService
{
    /// <summary>Starts the service with the test defaults and <paramref name="settings"/> over them.</summary>
    public static Task<ServiceTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null) =>
        ServiceTestHost.StartAsync(b => b.AddTerminalService(), a => a.MapTerminalService(), settings, configure);
}
