using System.Net;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.Sidecar;

namespace Kugelpos.Dapr.Tests.Actors;

/// <summary>
/// A service calling an actor whose state store (a real redis-server) stops and starts again:
/// through remoting and through JSON calls alike, the outage answers the service's client a
/// retryable 503 envelope naming the actor state store, while an actor's own bug stays a 500;
/// once Redis is back the actor carries on from the state it had saved.
/// </summary>
public sealed class ActorStoreOutageTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private readonly SidecarCluster _cluster = new();
    private ServiceTestHost? _service;

    private ServiceTestHost Service => _service ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _service = await TallyService.StartAsync(_redis, _cluster);
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Theory]
    [InlineData("remoting")]
    [InlineData("json")]
    public async Task While_the_store_is_down_a_call_answers_a_retryable_503_and_afterwards_the_actor_carries_on(string way)
    {
        Assert.Equal(1, await AddAsync(way, "t1"));
        Assert.Equal(2, await AddAsync(way, "t1"));

        await _redis.StopAsync();

        // A warm actor (its total cached) fails at the save; then, its cache cleared, at the read.
        foreach (var id in new[] { "t1", "t1", "t2" })
        {
            using var response = await Service.SendAsync(HttpMethod.Post, $"/tallies/{id}/{way}");
            var body = await Json.ReadAsync(response);
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, body.ToString());
            Assert.Equal((503, KugelposErrorCodes.ExternalServiceError, "The actor state store is unavailable; please try again later."), (
                body.GetProperty("code").GetInt32(), body.GetProperty("userError").GetProperty("code").GetString(), body.GetProperty("message").GetString()));
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }

        // Back up for the saves, the outage's three calls added nothing.
        await _redis.StartAsync(_cluster);
        Assert.Equal(3, await AddAsync(way, "t1"));
        Assert.Equal(1, await AddAsync(way, "t2"));
    }

    [Theory]
    [InlineData("remoting")]
    [InlineData("json")]
    public async Task An_actors_own_bug_stays_a_500(string way)
    {
        using var response = await Service.SendAsync(HttpMethod.Post, $"/tallies/t3/{way}/break");
        var body = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(KugelposErrorCodes.UnexpectedError, body.GetProperty("userError").GetProperty("code").GetString());
        Assert.False(response.Headers.Contains("Retry-After"));
    }

    private async Task<int> AddAsync(string way, string id)
    {
        using var response = await Service.SendAsync(HttpMethod.Post, $"/tallies/{id}/{way}");
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetInt32();
    }
}
