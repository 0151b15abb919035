using System.Net;
using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// daprd's blockUntilAppIsReady: a sidecar started before its app waits for it however long it
/// takes, then hosts its actors. The sidecar must come first here, which <see cref="ActorTestApp"/>
/// (app first, as daprd usually finds it) does not do, so these tests start the sidecar themselves,
/// over an in-memory actor store, and later the app by <see cref="ServiceTestHost"/> on the port the
/// sidecar was told.
/// </summary>
public sealed class ActorLateAppTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    private readonly FakeTimeProvider _clock = ActorTestApp.NewClock();
    private readonly SidecarCluster _cluster;
    private readonly TempResources _resources = new();
    private readonly int _appPort = FreePort.Next();
    private ServiceTestHost? _app;

    public ActorLateAppTests()
    {
        _cluster = new SidecarCluster(_clock, NullLoggerFactory.Instance);
        _resources.With(ActorStore.Name + ".yaml", ActorStore.InMemory.Component(_resources.Path));
    }

    [Fact]
    public async Task An_app_that_starts_long_after_its_sidecar_gets_its_actors_hosted()
    {
        await using var sidecar = await StartSidecarAsync();
        var proxies = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = sidecar.HttpEndpoint.ToString().TrimEnd('/') });

        var call = proxies.CreateActorProxy<ICounterActor>(new ActorId("late"), CounterActor.TypeName).IncrementAsync();
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(call.IsCompleted);
        await StartAppAsync(sidecar);
        _clock.Advance(ProbeInterval);

        Assert.Equal(1, await call.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_type_nobody_hosts_waits_for_the_sidecars_own_app_then_gets_daprds_error()
    {
        await using var sidecar = await StartSidecarAsync();
        using var http = new HttpClient();

        var call = http.PutAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/actors/Nobody/1/method/Anything"), new StringContent("{}"));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(call.IsCompleted);
        await StartAppAsync(sidecar);
        _clock.Advance(ProbeInterval);

        using var answer = await call.WaitAsync(Patience);
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Equal("ERR_ACTOR_INVOKE_METHOD", body.RootElement.GetProperty("errorCode").GetString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _cluster.DisposeAsync();
        _resources.Dispose();
    }

    private Task<LocalSidecar> StartSidecarAsync() => LocalSidecar.StartAsync(
        new SidecarOptions { AppId = "late", AppPort = _appPort, DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path },
        _cluster);

    private async Task StartAppAsync(LocalSidecar sidecar) => _app = await ServiceTestHost.StartAsync(
        builder =>
        {
            builder.Services.AddSingleton(new ActorProbe());
            builder.Services.AddActors(actors =>
            {
                actors.Actors.RegisterActor<CounterActor>();
                actors.HttpEndpoint = sidecar.HttpEndpoint.ToString().TrimEnd('/');
            });
        },
        app => app.MapActorsHandlers(),
        port: _appPort);
}
