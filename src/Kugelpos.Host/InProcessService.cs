using Kugelpos.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;

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
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var web = await ServiceLauncher.StartAsync(new ServiceLaunch(app.AppId, service.Add, service.Map)
        {
            Url = ServiceSettings.Url(app, options.BindAddress),
            ApplicationName = service.Assembly.GetName().Name,

            // The host's own folder holds no appsettings.json, so nothing from the working directory leaks in.
            ContentRootPath = AppContext.BaseDirectory,
            Defaults = ServiceSettings.Defaults(options.DataFolder),
            Settings = extraSettings is null ? [ServiceSettings.Fixed(app)] : [ServiceSettings.Fixed(app), extraSettings],
        });
        return new InProcessService(app, ServiceSettings.LocalEndpoint(options.BindAddress, app.Port), web);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
