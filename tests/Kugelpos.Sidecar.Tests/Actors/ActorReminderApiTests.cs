using System.Net;
using System.Text.Json;
using Kugelpos.Sidecar.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kugelpos.Sidecar.Tests.Actors;

[Collection(RedisCollection.Name)]
public sealed class ActorReminderApiTests(RedisServer redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_reminder_reads_back_through_the_sdk_and_in_daprds_body_shape()
    {
        await using var cluster = new SidecarCluster(ActorTestApp.NewClock(), NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("g");
        await actor.RemindAsync("ping", 1000);
        using var http = new HttpClient();

        var described = await actor.DescribeReminderAsync("ping");
        using var raw = await http.GetAsync(ReminderUri(app, "g", "ping"));
        using var body = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());

        // What the SDK registered ({dueTime, period, data: base64}) comes back as registered.
        Assert.Equal("00:00:01|01:00:00|AQID", described);
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("0h0m1s0ms", body.RootElement.GetProperty("dueTime").GetString());
        Assert.Equal("1h0m0s0ms", body.RootElement.GetProperty("period").GetString());
        Assert.Equal("AQID", body.RootElement.GetProperty("data").GetString());
    }

    [Fact]
    public async Task An_unregistered_reminder_reads_as_null_and_never_fires()
    {
        var clock = ActorTestApp.NewClock();
        await using var cluster = new SidecarCluster(clock, NullLoggerFactory.Instance);
        await using var app = await ActorTestApp.StartAsync(redis, cluster);
        var actor = app.Counter("u");
        await actor.RemindAsync("gone", 1000);
        await actor.RemindAsync("marker", 2000);
        using var http = new HttpClient();

        await actor.ForgetReminderAsync("gone");
        using var raw = await http.GetAsync(ReminderUri(app, "u", "gone"));
        using var deleteAgain = await http.DeleteAsync(ReminderUri(app, "u", "gone"));

        // daprd answers a missing reminder with 200 and a JSON null, which the SDK reads as none.
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("null", await raw.Content.ReadAsStringAsync());
        Assert.Equal("none", await actor.DescribeReminderAsync("gone"));
        Assert.Equal(HttpStatusCode.NoContent, deleteAgain.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("u/marker/3", await app.Probe.Reminders.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await actor.IncrementAsync();
        Assert.False(app.Probe.Reminders.Reader.TryRead(out var late), $"fired after unregistering: {late}");
    }

    internal static Uri ReminderUri(ActorTestApp app, string id, string name) =>
        new($"{app.HttpEndpoint}/v1.0/actors/{CounterActor.TypeName}/{id}/reminders/{name}");
}
