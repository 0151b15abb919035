using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Kugelpos.Sidecar.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Actors;

/// <summary>
/// A lookup of a type no host has registered yet, while some app of the process is still being
/// waited for: it waits for that app as daprd's lookup retries would (5 s), and no longer.
/// </summary>
public sealed class ActorPlacementTests
{
    private readonly FakeTimeProvider _clock = ActorTestApp.NewClock();

    [Fact]
    public async Task A_lookup_finds_a_type_an_app_still_starting_registers_within_daprds_retries()
    {
        var placement = new ActorPlacement(_clock);
        var discovery = new TaskCompletionSource();
        placement.Track(discovery.Task);
        await using var host = Host("Cart");

        var lookup = placement.ResolveAsync("Cart", "c1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(lookup.IsCompleted);
        placement.Register(host);
        discovery.SetResult();

        Assert.Same(host, await lookup.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_lookup_of_a_type_nobody_registers_gives_up_when_daprds_retries_would()
    {
        var placement = new ActorPlacement(_clock);
        placement.Track(new TaskCompletionSource().Task);

        var lookup = placement.ResolveAsync("Nobody", "1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(lookup.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await lookup.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Without_apps_still_starting_a_lookup_of_an_unknown_type_answers_at_once()
    {
        var placement = new ActorPlacement(_clock);

        var lookup = placement.ResolveAsync("Nobody", "1", CancellationToken.None);

        Assert.True(lookup.IsCompletedSuccessfully);
        Assert.Null(await lookup);
    }

    private ActorRuntime Host(string actorType)
    {
        var app = new ActorAppClient(new AppChannel(new HttpClient(), new Uri("http://127.0.0.1:9/"), null));
        var config = ActorAppConfig.None with { Entities = new HashSet<string>([actorType], StringComparer.Ordinal) };
        return new ActorRuntime("pos", config, app, new InMemoryStateStore("store", null, _clock), _clock, NullLogger.Instance, ComponentPolicy.PassThrough);
    }
}
