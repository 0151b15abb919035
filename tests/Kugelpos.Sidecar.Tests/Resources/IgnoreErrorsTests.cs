using System.Net;
using System.Text;
using Kugelpos.Sidecar.Resources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Kugelpos.Sidecar.Tests.Resources;

/// <summary>
/// daprd's <c>spec.ignoreErrors: true</c>: a component that cannot be loaded (a type the sidecar
/// does not implement) or initialised (its Redis unreachable) is skipped with a warning naming
/// it, and the sidecar starts without it; without the flag the same component stops start-up.
/// </summary>
public sealed class IgnoreErrorsTests : IDisposable
{
    private readonly TempResources _resources = new();
    private readonly FakeLoggerProvider _log = new();

    [Fact]
    public async Task An_unimplemented_type_with_ignore_errors_is_skipped_with_a_warning_and_the_rest_works()
    {
        _resources.With("cassandra.yaml", Component("archive", "state.cassandra", ignoreErrors: "true"))
            .With("statestore.yaml", Component("statestore", "state.in-memory"));
        await using var cluster = Cluster();
        await using var sidecar = await StartAsync(cluster);
        using var http = new HttpClient { BaseAddress = sidecar.HttpEndpoint };

        using var saved = await http.PostAsync(new Uri("/v1.0/state/statestore", UriKind.Relative), Json("""[{"key":"k","value":1}]"""));
        using var skipped = await http.PostAsync(new Uri("/v1.0/state/archive", UriKind.Relative), Json("""[{"key":"k","value":1}]"""));

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("ERR_STATE_STORE_NOT_FOUND", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var warning = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("archive", warning.Message, StringComparison.Ordinal);
        Assert.Contains("cassandra.yaml", warning.Message, StringComparison.Ordinal);
        Assert.Contains("state.cassandra", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_redis_with_ignore_errors_is_skipped_as_daprd_skips_a_failed_init()
    {
        var nowhere = $"127.0.0.1:{FreePort.Next()}";
        _resources.With("statestore.yaml", Component("statestore", "state.redis", ignoreErrors: "true", redisHost: nowhere))
            .With("pubsub.yaml", Component("orders", "pubsub.redis", ignoreErrors: "true", redisHost: nowhere));
        await using var cluster = Cluster();

        await using var sidecar = await StartAsync(cluster);

        Assert.Null(sidecar.Components.StateStore("statestore"));
        Assert.Empty(sidecar.Components.PubSubs);
        var warnings = _log.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("statestore", StringComparison.Ordinal) && w.Contains(nowhere, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("orders", StringComparison.Ordinal) && w.Contains(nowhere, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_ignore_errors_an_unreachable_redis_stops_start_up_with_the_file_named()
    {
        _resources.With("statestore.yaml", Component("statestore", "state.redis", redisHost: $"127.0.0.1:{FreePort.Next()}"));
        await using var cluster = Cluster();

        var error = await Assert.ThrowsAsync<ResourceLoadException>(() => StartAsync(cluster));

        Assert.Contains("statestore.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ignore_errors_an_unimplemented_type_still_stops_loading()
    {
        _resources.With("cassandra.yaml", Component("archive", "state.cassandra"));

        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadFolder(_resources.Path));

        Assert.Equal("spec.type", error.Field);
    }

    [Fact]
    public void Ignore_errors_must_be_true_or_false()
    {
        _resources.With("odd.yaml", Component("statestore", "state.in-memory", ignoreErrors: "sometimes"));

        var error = Assert.Throws<ResourceLoadException>(() => ResourceLoader.LoadFolder(_resources.Path));

        Assert.Equal("spec.ignoreErrors", error.Field);
    }

    public void Dispose()
    {
        _log.Dispose();
        _resources.Dispose();
    }

    private SidecarCluster Cluster() => new(TimeProvider.System, LoggerFactory.Create(logging => logging.AddProvider(_log)));

    private Task<LocalSidecar> StartAsync(SidecarCluster cluster) =>
        LocalSidecar.StartAsync(new SidecarOptions { AppId = "report", DaprHttpPort = 0, DaprGrpcPort = 0, ResourcesPath = _resources.Path }, cluster);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Component(string name, string type, string? ignoreErrors = null, string? redisHost = null) => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: {type}
          version: v1
        {(ignoreErrors is null ? string.Empty : $"  ignoreErrors: {ignoreErrors}")}
          metadata:
        {(redisHost is null ? "  - name: unused\n    value: x" : $"  - name: redisHost\n    value: {redisHost}\n  - name: dialTimeout\n    value: 2s")}
        """;
}
