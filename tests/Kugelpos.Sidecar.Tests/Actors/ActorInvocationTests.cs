using System.Net;
using System.Text.Json;
using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorInvocationTests(RedisServer redis)
{
    [Fact]
    public async Task Remoting_and_non_remoting_calls_reach_the_same_actor()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);

        var first = await app.Counter("a").IncrementAsync();
        var second = await app.Proxies.Create(new ActorId("a"), CounterActor.TypeName).InvokeMethodAsync<int>(nameof(ICounterActor.IncrementAsync));

        Assert.Equal(1, first);
        Assert.Equal(2, second);
    }

    [Fact]
    public async Task Actor_state_is_readable_through_the_doubled_slash_path_the_sdk_uses()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        await app.Counter("s").IncrementAsync();
        using var http = new HttpClient();

        using var present = await http.GetAsync(new Uri($"{app.HttpEndpoint}//v1.0/actors/{CounterActor.TypeName}/s/state/count"));
        using var absent = await http.GetAsync(new Uri($"{app.HttpEndpoint}/v1.0/actors/{CounterActor.TypeName}/s/state/nothing"));

        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
        Assert.Equal("1", await present.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, absent.StatusCode);
    }

    [Fact]
    public async Task An_actor_type_no_app_hosts_gets_daprds_error_and_the_sidecar_stays_up()
    {
        await using var cluster = new SidecarCluster();
        await using var sidecar = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "caller", DaprHttpPort = 0, DaprGrpcPort = 0 }, cluster);
        var proxies = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = $"http://127.0.0.1:{sidecar.Options.DaprHttpPort}" });
        using var http = new HttpClient();

        var sdkError = await Assert.ThrowsAsync<global::Dapr.DaprApiException>(() => proxies.Create(new ActorId("1"), "Nobody").InvokeMethodAsync<int>("Anything"));
        using var raw = await http.PutAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/actors/Nobody/1/method/Anything"), new StringContent("{}"));
        using var body = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
        using var health = await http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"));

        Assert.Contains("Nobody", sdkError.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, raw.StatusCode);
        Assert.Equal("ERR_ACTOR_INVOKE_METHOD", body.RootElement.GetProperty("errorCode").GetString());
        Assert.Equal(HttpStatusCode.NoContent, health.StatusCode);
    }

    [Fact]
    public async Task Any_sidecar_of_the_process_reaches_a_type_another_app_hosts()
    {
        await using var cluster = new SidecarCluster();
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        await using var other = await LocalSidecar.StartAsync(new SidecarOptions { AppId = "other", DaprHttpPort = 0, DaprGrpcPort = 0 }, cluster);
        var proxies = new ActorProxyFactory(new ActorProxyOptions { HttpEndpoint = $"http://127.0.0.1:{other.Options.DaprHttpPort}" });

        await app.Counter("x").IncrementAsync();
        var count = await proxies.CreateActorProxy<ICounterActor>(new ActorId("x"), CounterActor.TypeName).IncrementAsync();

        Assert.Equal(2, count);
    }
}
