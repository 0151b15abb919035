using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapr;
using Grpc.Core;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>A real sidecar whose Redis goes away: daprd's 500s within the policy's time, then the open breaker, and the sidecar stays up.</summary>
public sealed class StoreOutageTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_lost_store_answers_daprds_errors_within_the_policy_and_the_sidecar_stays_up()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        try
        {
            await using var lone = await LoneSidecar.StartAsync("resilient", new TempResources().With("flaky.yaml", StoreOutage.StoreAndBus(redis.Host)));
            var sidecar = lone.Sidecar;
            var save = await Http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/flaky"), new[] { new { key = "cart", value = 1 } });
            Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);

            await redis.DisposeAsync();

            // Two attempts of at most 500 ms each, 50 ms apart: the store's own error, and the breaker trips.
            var clock = Stopwatch.StartNew();
            var (status, code, message) = await StoreOutage.ErrorOf(Http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/flaky/cart")));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("ERR_STATE_GET", code);
            Assert.StartsWith("fail to get cart from state store flaky: ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("circuit breaker", message, StringComparison.Ordinal);

            (status, code, message) = await StoreOutage.ErrorOf(Http.PostAsJsonAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/state/flaky"), new[] { new { key = "cart", value = 2 } }));
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("ERR_STATE_SAVE", code);
            Assert.Equal("failed saving state in state store flaky: circuit breaker is open", message);

            var client = lone.Client;
            var grpc = await Assert.ThrowsAsync<DaprException>(() => client.GetStateAsync<int>("flaky", "cart"));
            var rpc = Assert.IsType<RpcException>(grpc.InnerException);
            Assert.Equal(StatusCode.Internal, rpc.StatusCode);
            Assert.Contains("circuit breaker is open", rpc.Status.Detail, StringComparison.Ordinal);

            (status, code, message) = await StoreOutage.ErrorOf(Http.PostAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/publish/flakybus/orders"), JsonContent.Create(new { id = 1 })));
            Assert.Equal(HttpStatusCode.InternalServerError, status);
            Assert.Equal("ERR_PUBSUB_PUBLISH_MESSAGE", code);
            Assert.Contains("flakybus", message, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");

            Assert.Equal(HttpStatusCode.NoContent, (await Http.GetAsync(new Uri(sidecar.HttpEndpoint, "/v1.0/healthz"))).StatusCode);
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
