using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace Kugelpos.Host;

/// <summary>One service running inside the host process on its Kugelpos port.</summary>
public sealed class InProcessService : IAsyncDisposable
{
    private readonly WebApplication _web;

    private InProcessService(AppPorts app, Uri endpoint, WebApplication web)
    {
        App = app;
        Endpoint = endpoint;
        _web = web;
    }

    /// <summary>The service's row: app id and ports.</summary>
    public AppPorts App { get; }

    /// <summary>Where the service answers, e.g. <c>http://127.0.0.1:8000</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>Builds the service as its own Program.cs would, with the host's settings, and starts it.</summary>
    /// <exception cref="StartupException">Its port is taken or its configuration is unusable.</exception>
    public static async Task<InProcessService> StartAsync(
        KugelposService service,
        AppPorts app,
        HostOptions options,
        IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = service.Assembly.GetName().Name,

            // The host's own folder holds no appsettings.json, so nothing from the working directory leaks in.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = ServiceSettings.Defaults(options.DataFolder) });
        builder.Configuration.AddInMemoryCollection(ServiceSettings.Fixed(app, options.BindAddress));
        if (extraSettings is not null)
        {
            builder.Configuration.AddInMemoryCollection(extraSettings);
        }

        WebApplication? web = null;
        try
        {
            service.Add(builder);
            web = builder.Build();
            service.Map(web);
            await web.StartAsync();
            return new InProcessService(app, ServiceSettings.LocalEndpoint(options.BindAddress, app.Port), web);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException)
        {
            await DisposeQuietlyAsync(web);
            throw new StartupException($"Port {app.Port} (the {app.AppId} service) is already in use: stop whatever holds it and start again.", e);
        }
#pragma warning disable CA1031 // Whatever stops a service from starting is reported by name, not as a crash.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await DisposeQuietlyAsync(web);
            throw new StartupException($"The {app.AppId} service cannot start: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }

    private static async Task DisposeQuietlyAsync(WebApplication? web)
    {
        if (web is not null)
        {
            await web.DisposeAsync();
        }
    }
}
