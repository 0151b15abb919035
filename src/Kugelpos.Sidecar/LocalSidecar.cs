using System.Net;
using Grpc.AspNetCore.Server.Model;
using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Grpc;
using Kugelpos.Sidecar.Http;
using Kugelpos.Sidecar.Invocation;
using Kugelpos.Sidecar.PubSub;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.Resources;
using Kugelpos.Sidecar.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Sidecar;

/// <summary>
/// One local sidecar: daprd's HTTP and gRPC APIs for one app id, over the components that app
/// may load. Several share a <see cref="SidecarCluster"/> in one process.
/// </summary>
public sealed class LocalSidecar : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly AppDirectory _apps;
    private readonly AppChannel? _app;

    private LocalSidecar(SidecarOptions options, ComponentRegistry components, WebApplication web, AppDirectory apps, AppChannel? app, Uri httpEndpoint, Uri grpcEndpoint)
    {
        _apps = apps;
        _app = app;
        Options = options;
        Components = components;
        _web = web;
        HttpEndpoint = httpEndpoint;
        GrpcEndpoint = grpcEndpoint;
    }

    /// <summary>The flags it runs with.</summary>
    public SidecarOptions Options { get; }

    /// <summary>The components it loaded.</summary>
    public ComponentRegistry Components { get; }

    /// <summary>Where the HTTP API listens (what <c>DAPR_HTTP_ENDPOINT</c> should say).</summary>
    public Uri HttpEndpoint { get; }

    /// <summary>Where the gRPC API listens (what <c>DAPR_GRPC_ENDPOINT</c> should say).</summary>
    public Uri GrpcEndpoint { get; }

    /// <summary>Loads the resources, opens the components and starts listening.</summary>
    /// <exception cref="ResourceLoadException">A resource file or component is unusable.</exception>
    public static async Task<LocalSidecar> StartAsync(SidecarOptions options, SidecarCluster cluster, CancellationToken cancellationToken = default)
    {
        // Port 0 is resolved here rather than by Kestrel, so the two listeners stay told apart.
        options = options with
        {
            DaprHttpPort = options.DaprHttpPort == 0 ? FreePort.Next() : options.DaprHttpPort,
            DaprGrpcPort = options.DaprGrpcPort == 0 ? FreePort.Next() : options.DaprGrpcPort,
        };
        var resources = options.ResourcesPath is null ? ResourceSet.Empty : ResourceLoader.LoadFolder(options.ResourcesPath);
        var configuration = ChooseConfiguration(options, resources);
        var components = await ComponentRegistry.CreateAsync(options.AppId, resources, configuration, cluster);
        WebApplication? web = null;
        try
        {
            var policies = ComponentPolicies.Create(options.AppId, resources, cluster.Time, cluster.LoggerFactory);
            var pubsub = await PubSubRuntime.CreateAsync(options, cluster, components, resources, policies);
            web = Build(options, cluster, components, pubsub, policies);
            await web.StartAsync(cancellationToken);

            // Reachable by service invocation once it listens, as daprd registers with name resolution.
            var apps = AppDirectory.Of(cluster);
            var app = AppChannel.For(options, cluster);
            apps.Add(options.AppId, app);
            return new LocalSidecar(options, components, web, apps, app, new Uri($"http://127.0.0.1:{options.DaprHttpPort}"), new Uri($"http://127.0.0.1:{options.DaprGrpcPort}"));
        }
        catch
        {
            // A port in use fails here: release whatever already bound or started.
            if (web is not null)
            {
                await web.DisposeAsync();
            }

            await components.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops listening and closes the components.</summary>
    public async ValueTask DisposeAsync()
    {
        _apps.Remove(Options.AppId, _app);
        await _web.StopAsync();
        await _web.DisposeAsync();
        await Components.DisposeAsync();
    }

    private static ConfigurationSpec ChooseConfiguration(SidecarOptions options, ResourceSet resources)
    {
        if (options.ConfigPath is not null)
        {
            var configs = ResourceLoader.LoadText(File.ReadAllText(options.ConfigPath), options.ConfigPath).Configurations;
            return configs.Count == 1 ? configs[0] : throw new ResourceLoadException(options.ConfigPath, "kind", "the --config file must hold exactly one Configuration");
        }

        return resources.Configurations.Count switch
        {
            0 => ConfigurationSpec.Default,
            1 => resources.Configurations[0],
            _ => throw new ResourceLoadException(options.ResourcesPath!, "kind", "more than one Configuration in the resources folder; name one with --config"),
        };
    }

    private static WebApplication Build(SidecarOptions options, SidecarCluster cluster, ComponentRegistry components, PubSubRuntime pubsub, ComponentPolicies policies)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(cluster.LoggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodySize;
            kestrel.Listen(IPAddress.Loopback, options.DaprHttpPort, l => l.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.DaprGrpcPort, l => l.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = (int)Math.Min(options.MaxBodySize, int.MaxValue));
        var state = new StateApi(options.AppId, components, policies);
        var apiToken = options.ApiToken is { Length: > 0 } token ? new ApiToken(token) : null;
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(_ => new DaprGrpcService(state, apiToken));
        builder.Services.AddSingleton<IServiceMethodProvider<DaprGrpcService>, DaprGrpcMethodProvider>();
        builder.Services.AddSingleton(pubsub);
        builder.Services.AddHostedService(_ => pubsub);
        builder.Services.AddSingleton<IDaprGrpcMethods, PubSubGrpcMethods>();

        var actors = builder.Services.AddSidecarActors(options, cluster, components, policies);

        var web = builder.Build();
        if (apiToken is not null)
        {
            web.UseMiddleware<ApiTokenCheck>(apiToken);
        }

        // The header form is rewritten to the invocation route, so routing must run after it.
        web.UseAppIdHeaderRouting();
        web.UseRouting();

        web.MapGrpcService<DaprGrpcService>();
        web.MapGet("/v1.0/healthz", () => Results.NoContent());
        web.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        web.MapStateApi(state);
        web.MapActorApi(actors);
        web.MapPubSubApi(pubsub);
        web.MapInvocationApi(new InvocationProxy(options.AppId, AppDirectory.Of(cluster)));
        return web;
    }
}
