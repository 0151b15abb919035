namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>pubsub.in-memory: the sidecars of one process share its topics.</summary>
public sealed class InMemoryPubSubTests
{
    [Fact]
    public async Task Every_app_receives_every_event()
    {
        await using var harness = PubSubHarness.WithInMemory();
        object[] subscriptions = [new Dictionary<string, string> { ["pubsubname"] = "orders", ["topic"] = "tranlog", ["route"] = "/tranlog" }];
        var (report, _) = await harness.SubscriberAsync("report", subscriptions);
        var (journal, _) = await harness.SubscriberAsync("journal", subscriptions);
        var client = harness.Client(await harness.SidecarAsync("cart"));

        await client.PublishEventAsync("orders", "tranlog", new { n = 1 });
        await client.PublishEventAsync("orders", "tranlog", new { n = 2 });

        foreach (var app in new[] { report, journal })
        {
            var received = await app.NextAsync(2);
            Assert.Equal([1, 2], received.Select(r => r.Event.GetProperty("data").GetProperty("n").GetInt32()).Order());
            Assert.All(received, r => Assert.Equal("tranlog", r.Route));
        }
    }

    [Fact]
    public async Task The_app_token_reaches_the_subscriber_with_every_delivery()
    {
        await using var harness = PubSubHarness.WithInMemory();
        object[] subscriptions = [new Dictionary<string, string> { ["pubsubname"] = "orders", ["topic"] = "cashlog", ["route"] = "/cashlog" }];
        var token = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await harness.SubscriberAsync("report", subscriptions, (_, context) =>
        {
            token.TrySetResult(context.Request.Headers["dapr-api-token"].ToString());
            return Task.FromResult(SubscriberApp.Status("SUCCESS"));
        }, appToken: "app-secret-1");
        var client = harness.Client(await harness.SidecarAsync("terminal"));

        await client.PublishEventAsync("orders", "cashlog", new { amount = 500 });

        Assert.Equal("app-secret-1", await token.Task.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
