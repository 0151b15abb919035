using Dapr.Actors.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// A real ASP.NET Core app hosting <see cref="CounterActor"/> with Dapr.Actors.AspNetCore, started
/// by <see cref="ServiceTestHost"/> beside its own local sidecar over a Redis actor store with
/// ActorStateTTL on: the app is told where its sidecar is, the sidecar where its app is.
/// </summary>
public sealed class ActorTestApp : IAsyncDisposable
{
    private readonly ServiceTestHost _host;

    private ActorTestApp(ServiceTestHost host, ActorProbe probe)
    {
        _host = host;
        Probe = probe;
        Proxies = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = HttpEndpoint });
    }

    /// <summary>The app's sidecar (replaced by <see cref="RestartSidecarAsync"/>).</summary>
    public LocalSidecar Sidecar => _host.Sidecar!;

    /// <summary>The app id, unique per test so Redis keys never collide.</summary>
    public string AppId => Sidecar.Options.AppId;

    /// <summary>What the actors report.</summary>
    public ActorProbe Probe { get; }

    /// <summary>Proxies that call through the sidecar.</summary>
    public ActorProxyFactory Proxies { get; }

    /// <summary>The sidecar's HTTP endpoint, without trailing slash as DAPR_HTTP_ENDPOINT is written.</summary>
    public string HttpEndpoint => $"http://127.0.0.1:{Sidecar.Options.DaprHttpPort}";

    /// <summary>A fake clock for a cluster whose timers, reminders and idle scan a test drives.</summary>
    public static FakeTimeProvider NewClock() => new FakeClock();

    /// <summary>A remoting proxy for <paramref name="id"/>.</summary>
    public ICounterActor Counter(string id) => Proxies.CreateActorProxy<ICounterActor>(new global::Dapr.Actors.ActorId(id), CounterActor.TypeName);

    /// <summary>
    /// Starts the app, then its sidecar. With <paramref name="appToken"/> the sidecar gets it as
    /// APP_API_TOKEN and the app refuses (401) any request without it; with
    /// <paramref name="reentrancy"/> the app turns actor reentrancy on in its /dapr/config; with
    /// <paramref name="resiliency"/> the sidecar also loads that Resiliency resource (its actor
    /// state store component is called <c>actorstore</c>); <paramref name="configureActors"/> may
    /// register more actor types, each with its own settings; with <paramref name="storeTtlSeconds"/>
    /// the actor store has that default TTL (component metadata <c>ttlInSeconds</c>).
    /// </summary>
    public static async Task<ActorTestApp> StartAsync(
        RedisServer redis,
        SidecarCluster cluster,
        TimeSpan? idleTimeout = null,
        TimeSpan? scanInterval = null,
        string? appToken = null,
        bool reentrancy = false,
        string? resiliency = null,
        Action<global::Dapr.Actors.Runtime.ActorRuntimeOptions>? configureActors = null,
        int? storeTtlSeconds = null)
    {
        var resources = new Dictionary<string, string>(StringComparer.Ordinal) { [DaprConfigurations.FileName] = DaprConfigurations.ActorStateTtl };
        if (resiliency is not null)
        {
            resources["resiliency.yaml"] = resiliency;
        }

        var sidecar = new TestSidecar("actors-" + Guid.NewGuid().ToString("N")[..8])
        {
            ActorStore = storeTtlSeconds is { } ttl ? ActorStore.OnRedis(redis).WithDefaultTtl(ttl) : ActorStore.OnRedis(redis),
            Resources = resources,
            AppToken = appToken,
            Cluster = cluster,
        };
        var probe = new ActorProbe();
        var host = await ServiceTestHost.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(probe);
                builder.Services.AddActors(actors =>
                {
                    actors.Actors.RegisterActor<CounterActor>();
                    actors.HttpEndpoint = builder.Configuration["DAPR_HTTP_ENDPOINT"];
                    actors.ActorIdleTimeout = idleTimeout ?? TimeSpan.FromMinutes(60);
                    actors.ActorScanInterval = scanInterval ?? TimeSpan.FromSeconds(30);
                    if (reentrancy)
                    {
                        actors.ReentrancyConfig = new global::Dapr.Actors.ActorReentrancyConfig { Enabled = true };
                    }

                    configureActors?.Invoke(actors);
                });
            },
            app => MapActors(app, probe, appToken),
            sidecar: sidecar);
        return new ActorTestApp(host, probe);
    }

    /// <summary>Stops the sidecar and starts a new one with the same flags, as a process restart would.</summary>
    public Task RestartSidecarAsync() => _host.RestartSidecarAsync();

    /// <summary>Restarts the sidecar without APP_API_TOKEN, to show a guarded app refuses it.</summary>
    public Task RestartSidecarWithoutAppTokenAsync() => _host.RestartSidecarAsync(options => options with { AppToken = null });

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static void MapActors(WebApplication app, ActorProbe probe, string? appToken)
    {
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
    }
}
