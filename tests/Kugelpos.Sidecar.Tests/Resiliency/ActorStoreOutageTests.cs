using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapr.Actors;
using Kugelpos.Sidecar.Tests.Actors;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// A real sidecar and a real Dapr.Actors app whose actor store (a real redis-server) goes away:
/// actor state calls answer daprd's 500s within the store's policy, the breaker opens, and the
/// actor's turn is free again for the next call.
/// </summary>
public sealed class ActorStoreOutageTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_lost_actor_store_answers_daprds_actor_state_errors_within_the_policy_and_frees_the_actors_turn()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        try
        {
            await using var cluster = new SidecarCluster();
            await using var app = await ActorTestApp.StartAsync(redis, cluster, resiliency: StoreOutage.Resiliency("actorstore"));
            Assert.Equal(1, await app.Counter("steady").IncrementAsync());

            await redis.DisposeAsync();

            // Two attempts of at most 500 ms each, 50 ms apart: the store's own error, and the breaker trips.
            var clock = Stopwatch.StartNew();
            var state = new Uri($"{app.HttpEndpoint}/v1.0/actors/{CounterActor.TypeName}/steady/state");
            var (status, code, message) = await StoreOutage.ErrorOf(Http.GetAsync(new Uri($"{state}/count")));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("ERR_ACTOR_STATE_GET", code);
            Assert.StartsWith("error getting actor state: ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("circuit breaker", message, StringComparison.Ordinal);

            var upsert = new[] { new { operation = "upsert", request = new { key = "count", value = 2 } } };
            (status, code, message) = await StoreOutage.ErrorOf(Http.PutAsJsonAsync(state, upsert));
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("ERR_ACTOR_STATE_TRANSACTION_SAVE", code);
            Assert.Equal("error saving actor transaction state: circuit breaker is open", message);

            // Through the SDK: the actor's state read fails, the method fails, and the turn it
            // held is released, so the next call to the same actor is let in and fails alike.
            for (var call = 0; call < 2; call++)
            {
                var failed = await Assert.ThrowsAsync<ActorMethodInvocationException>(() => app.Counter("fresh").IncrementAsync().WaitAsync(TimeSpan.FromSeconds(10)));
                Assert.Equal("error getting actor state: circuit breaker is open", Assert.IsType<ActorInvokeException>(failed.InnerException).Message);
            }

            Assert.Equal(1, await app.Counter("fresh").TrackedAsync().WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
