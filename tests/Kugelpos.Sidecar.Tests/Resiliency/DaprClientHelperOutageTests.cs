using Kugelpos.Dapr;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// The services' Dapr helper against a real sidecar whose Redis is killed: daprd's store and
/// broker errors reach the helper, open its breaker after three calls, and come back retryable.
/// </summary>
public sealed class DaprClientHelperOutageTests
{
    [Fact]
    public async Task A_killed_store_opens_the_helpers_breaker_after_three_calls_and_later_calls_fail_fast_as_retryable()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        try
        {
            await using var lone = await LoneSidecar.StartAsync("resilient", new TempResources().With("flaky.yaml", StoreOutage.StoreAndBus(redis.Host)));
            var sidecar = lone.Sidecar;
            var client = lone.Client;
            using var helper = new DaprClientHelper(client, Options.Create(new DaprOptions()), TimeProvider.System, NullLogger<DaprClientHelper>.Instance);
            Assert.True((await helper.SaveStateAsync("flaky", "cart", 1)).Success);

            await redis.DisposeAsync();

            for (var call = 1; call <= 3; call++)
            {
                Assert.Equal(CircuitState.Closed, helper.GetCircuitState("flaky"));
                var failed = await helper.GetStateAsync<int>("flaky", "cart");
                Assert.Equal(DaprErrorKind.ComponentFailure, failed.ErrorKind);
                Assert.True(failed.IsRetryable);
                Assert.Contains("from state store flaky", failed.Message, StringComparison.Ordinal);
            }

            Assert.Equal(CircuitState.Open, helper.GetCircuitState("flaky"));
            var rejected = await helper.SaveStateAsync("flaky", "cart", 2);
            Assert.Equal(DaprErrorKind.CircuitOpen, rejected.ErrorKind);
            var answer = Assert.Throws<KugelposException>(rejected.EnsureSuccess);
            Assert.Equal((503, "The Dapr component 'flaky' is unavailable; please try again later."), (answer.StatusCode, answer.Message));

            // The broker behind the same Redis trips its own breaker the same way.
            for (var call = 1; call <= 3; call++)
            {
                Assert.Equal(DaprErrorKind.ComponentFailure, (await helper.PublishEventAsync("flakybus", "orders", new { id = call })).ErrorKind);
            }

            Assert.Equal(DaprErrorKind.CircuitOpen, (await helper.PublishEventAsync("flakybus", "orders", new { id = 4 })).ErrorKind);
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
