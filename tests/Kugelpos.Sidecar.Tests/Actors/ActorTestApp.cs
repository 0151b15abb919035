using System.Globalization;
using System.Net;
using Dapr.Actors.Client;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// A real ASP.NET Core app hosting <see cref="CounterActor"/> with Dapr.Actors.AspNetCore, and
/// its own local sidecar over a Redis actor store with ActorStateTTL on. The ports are chosen
/// up front so the app knows its sidecar and the sidecar its app.
/// </summary>
public sealed class ActorTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SidecarCluster _cluster;
    private readonly SidecarOptions _options;

    private ActorTestApp(WebApplication app, SidecarCluster cluster, SidecarOptions options, LocalSidecar sidecar, ActorProbe probe)
    {
        _app = app;
        _cluster = cluster;
        _options = options;
        Sidecar = sidecar;
        Probe = probe;
        Proxies = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = HttpEndpoint });
    }

    /// <summary>The app's sidecar (replaced by <see cref="RestartSidecarAsync"/>).</summary>
    public LocalSidecar Sidecar { get; private set; }

    /// <summary>The app id, unique per test so Redis keys never collide.</summary>
    public string AppId => _options.AppId;

    /// <summary>What the actors report.</summary>
    public ActorProbe Probe { get; }

    /// <summary>Proxies that call through the sidecar.</summary>
    public ActorProxyFactory Proxies { get; }

    /// <summary>The sidecar's HTTP endpoint, without trailing slash as DAPR_HTTP_ENDPOINT is written.</summary>
    public string HttpEndpoint => $"http://127.0.0.1:{_options.DaprHttpPort}";

    /// <summary>A fake clock for a cluster whose timers, reminders and idle scan a test drives.</summary>
    public static FakeTimeProvider NewClock() =>
        new(DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture));

    /// <summary>A remoting proxy for <paramref name="id"/>.</summary>
    public ICounterActor Counter(string id) => Proxies.CreateActorProxy<ICounterActor>(new Dapr.Actors.ActorId(id), CounterActor.TypeName);

    /// <summary>
    /// Starts the app, then its sidecar. With <paramref name="appToken"/> the sidecar gets it as
    /// APP_API_TOKEN and the app refuses (401) any request without it; with
    /// <paramref name="reentrancy"/> the app turns actor reentrancy on in its /dapr/config; with
    /// <paramref name="resiliency"/> the sidecar also loads that Resiliency resource (its actor
    /// state store component is called <c>actorstore</c>); <paramref name="configureActors"/> may
    /// register more actor types, each with its own settings.
    /// </summary>
    public static async Task<ActorTestApp> StartAsync(
        RedisServer redis,
        SidecarCluster cluster,
        TimeSpan? idleTimeout = null,
        TimeSpan? scanInterval = null,
        string? appToken = null,
        bool reentrancy = false,
        string? resiliency = null,
        Action<Dapr.Actors.Runtime.ActorRuntimeOptions>? configureActors = null)
    {
        var options = new SidecarOptions
        {
            AppId = "actors-" + Guid.NewGuid().ToString("N")[..8],
            AppPort = FreePort.Next(),
            DaprHttpPort = FreePort.Next(),
            DaprGrpcPort = FreePort.Next(),
            ResourcesPath = Directory.CreateTempSubdirectory("kugelpos-actors-").FullName,
            AppToken = appToken,
        };
        await File.WriteAllTextAsync(Path.Combine(options.ResourcesPath, "actors.yaml"), $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: actorstore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisHost
                value: "{redis.Host}"
              - name: actorStateStore
                value: "true"
            ---
            apiVersion: dapr.io/v1alpha1
            kind: Configuration
            metadata:
              name: actorconfig
            spec:
              features:
              - name: ActorStateTTL
                enabled: true
            """);

        if (resiliency is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(options.ResourcesPath, "resiliency.yaml"), resiliency);
        }

        var probe = new ActorProbe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.AppPort!.Value));
        builder.Services.AddSingleton(probe);
        builder.Services.AddActors(actors =>
        {
            actors.Actors.RegisterActor<CounterActor>();
            actors.HttpEndpoint = $"http://127.0.0.1:{options.DaprHttpPort}";
            actors.ActorIdleTimeout = idleTimeout ?? TimeSpan.FromMinutes(60);
            actors.ActorScanInterval = scanInterval ?? TimeSpan.FromSeconds(30);
            if (reentrancy)
            {
                actors.ReentrancyConfig = new Dapr.Actors.ActorReentrancyConfig { Enabled = true };
            }

            configureActors?.Invoke(actors);
        });
        var app = builder.Build();

        // Dapr.Actors.AspNetCore checks no app token itself, so the app does it here, as an app
        // behind APP_API_TOKEN would.
        app.Use((context, next) =>
        {
            var request = context.Request;
            var token = request.Headers.TryGetValue("dapr-api-token", out var t) ? t.ToString() : null;
            var chain = request.Headers.TryGetValue("Dapr-Reentrancy-Id", out var r) ? r.ToString() : null;
            probe.AppRequests.Enqueue(new AppRequest(request.Method, request.Path.Value ?? string.Empty, token, chain));
            if (appToken is not null && !string.Equals(token, appToken, StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.MapActorsHandlers();
        await app.StartAsync();
        try
        {
            var sidecar = await LocalSidecar.StartAsync(options, cluster);
            return new ActorTestApp(app, cluster, options, sidecar, probe);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the sidecar and starts a new one with the same flags, as a process restart would.</summary>
    public async Task RestartSidecarAsync()
    {
        await Sidecar.DisposeAsync();
        Sidecar = await LocalSidecar.StartAsync(_options, _cluster);
    }

    /// <summary>Restarts the sidecar without APP_API_TOKEN, to show a guarded app refuses it.</summary>
    public async Task RestartSidecarWithoutAppTokenAsync()
    {
        await Sidecar.DisposeAsync();
        Sidecar = await LocalSidecar.StartAsync(_options with { AppToken = null }, _cluster);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Sidecar.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_options.ResourcesPath!, recursive: true);
    }
}
