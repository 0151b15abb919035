using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Kugelpos.ServiceDefaults.Hosting;

/// <summary>
/// Builds a service's <see cref="WebApplication"/> as its Program.cs would and starts it: the one
/// way the one-machine host and the test harness start a service.
/// </summary>
public static class ServiceLauncher
{
    /// <summary>Builds, maps and starts the service; on failure nothing is left listening.</summary>
    /// <param name="launch">The service and its settings.</param>
    /// <param name="cancellationToken">Abandons the start.</param>
    /// <returns>The started application; its owner stops and disposes it.</returns>
    /// <exception cref="StartupException">Its port is taken (named with the service), or its configuration is unusable.</exception>
    public static async Task<WebApplication> StartAsync(ServiceLaunch launch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = launch.ApplicationName,
            ContentRootPath = launch.ContentRootPath,
            EnvironmentName = launch.EnvironmentName,
        });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = launch.Defaults });
        foreach (var layer in launch.Settings)
        {
            builder.Configuration.AddInMemoryCollection(layer);
        }

        builder.Configuration.AddInMemoryCollection([new("Urls", launch.Url)]);

        WebApplication? web = null;
        try
        {
            launch.Configure?.Invoke(builder);
            launch.Add(builder);
            web = builder.Build();
            launch.Map(web);
            await web.StartAsync(cancellationToken);
            return web;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException)
        {
            await DisposeQuietlyAsync(web);
            throw new StartupException($"Port {new Uri(launch.Url).Port} (the {launch.Name} service) is already in use: stop whatever holds it and start again.", e);
        }
#pragma warning disable CA1031 // Whatever stops a service from starting is reported by name, not as a crash.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await DisposeQuietlyAsync(web);
            throw new StartupException($"The {launch.Name} service cannot start: {e.Message}", e);
        }
    }

    private static async Task DisposeQuietlyAsync(WebApplication? web)
    {
        if (web is not null)
        {
            await web.DisposeAsync();
        }
    }
}
