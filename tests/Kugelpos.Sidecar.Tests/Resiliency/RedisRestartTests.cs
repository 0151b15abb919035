using System.Net;
using System.Net.Http.Json;
using Kugelpos.Sidecar.Tests.Fixtures;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// A sidecar whose Redis stops and starts again (the fixture's way to take a store down in the
/// middle of a test): while it is down a store call fails at once, as daprd's Redis client fails
/// it, rather than waiting out the Redis client's backlog; once it is back the sidecar reaches it
/// again and finds the data it had.
/// </summary>
public sealed class RedisRestartTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task A_store_call_fails_at_once_while_Redis_is_down_and_finds_its_data_once_Redis_is_back()
    {
        var redis = new RedisServer();
        await redis.InitializeAsync();
        await using var cluster = new SidecarCluster();
        using var resources = new TempResources().With("statestore.yaml", LoneSidecar.RedisStateStore(redis, 3));
        try
        {
            await using var sidecar = await LocalSidecar.StartAsync(
                new SidecarOptions { AppId = "restarting", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = resources.Path }, cluster);
            var state = new Uri(sidecar.HttpEndpoint, "/v1.0/state/statestore");
            Assert.Equal(HttpStatusCode.NoContent, (await Http.PostAsJsonAsync(state, new[] { new { key = "cart", value = 7 } })).StatusCode);

            await redis.StopAsync();

            var (status, code, message) = await StoreOutage.ErrorOf(Http.GetAsync(new Uri($"{state}/cart")));
            Assert.Equal((HttpStatusCode.InternalServerError, "ERR_STATE_GET"), (status, code));
            Assert.Contains("No connection is active/available to service this operation", message, StringComparison.Ordinal);
            Assert.DoesNotContain("timed out", message, StringComparison.Ordinal);

            await redis.StartAsync(cluster);

            using var back = await Http.GetAsync(new Uri($"{state}/cart"));
            Assert.True(back.StatusCode == HttpStatusCode.OK, await back.Content.ReadAsStringAsync());
            Assert.Equal("7", await back.Content.ReadAsStringAsync());
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
