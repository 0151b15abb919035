using System.Collections.Concurrent;
using static Kugelpos.Sidecar.Tests.PubSub.PubSubHarness;

namespace Kugelpos.Sidecar.Tests.PubSub;

/// <summary>
/// How pubsub.in-memory hands events to an app, as daprd's component does: one at a time per
/// subscription, in publish order; a message the app did not finish with is handed over again,
/// 100 ms later, up to ten times, holding back the subscription's later messages meanwhile.
/// </summary>
public sealed class InMemoryDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_subscription_gets_its_events_one_at_a_time_in_publish_order_while_two_subscriptions_deliver_side_by_side()
    {
        const int Published = 5;
        await using var harness = PubSubHarness.WithInMemory();
        var topic = PubSubHarness.NewTopic("serial");
        HeldDeliveries[] held = [new(), new()];
        await harness.SubscriberAsync("report", Subscribe(topic), held[0].AnswerAsync);
        await harness.SubscriberAsync("journal", Subscribe(topic), held[1].AnswerAsync);
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, Published));

        // Every event is queued for both subscriptions before the first arrives; the two hold
        // their first at the same time, so neither waits for the other.
        HeldDelivery[] current = [await held[0].NextAsync(), await held[1].NextAsync()];
        List<int>[] seen = [[current[0].N], [current[1].N]];
        Assert.All(held, h => Assert.Equal(1, h.InFlight));
        for (var i = 1; i < Published; i++)
        {
            for (var s = 0; s < held.Length; s++)
            {
                // A held delivery stops counting only as its answer goes out: one at a time, the
                // next can only arrive after that, and nothing else is ever in flight beside it.
                current[s].Release();
                current[s] = await held[s].NextAsync();
                Assert.Equal(1, held[s].InFlight);
                seen[s].Add(current[s].N);
            }
        }

        Array.ForEach(current, c => c.Release());
        Assert.All(held, h => Assert.Equal(1, h.Most));
        Assert.All(seen, s => Assert.Equal(Enumerable.Range(0, Published), s));
    }

    [Fact]
    public async Task A_retry_holds_back_the_later_events_of_its_subscription_until_the_component_hands_it_over_again()
    {
        await using var harness = PubSubHarness.WithInMemory(fastRetry: true);
        var topic = PubSubHarness.NewTopic("retry-first");
        var attempts = new ConcurrentDictionary<int, int>();

        // Event 0 fails its first delivery (the inbound policy's four attempts) and succeeds
        // on the component's second.
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic), (received, _) =>
        {
            var n = N(received);
            var attempt = attempts.AddOrUpdate(n, 1, (_, c) => c + 1);
            return Task.FromResult(SubscriberApp.Status(n == 0 && attempt <= 4 ? "RETRY" : "SUCCESS"));
        });
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, 3));

        var arrivals = await app.NextAsync(7);

        Assert.Equal([0, 0, 0, 0, 0, 1, 2], arrivals.Select(N));
    }

    [Fact]
    public async Task An_event_never_answered_success_is_given_up_after_ten_deliveries_and_the_next_one_follows()
    {
        await using var harness = PubSubHarness.WithInMemory(fastRetry: true);
        var topic = PubSubHarness.NewTopic("hopeless");
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic), (received, _) =>
            Task.FromResult(SubscriberApp.Status(N(received) == 0 ? "RETRY" : "SUCCESS")));
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, 2));

        // Ten deliveries of four attempts each, then event 1, which succeeds at once.
        var arrivals = await app.NextAsync(41);

        Assert.Equal(Enumerable.Repeat(0, 40).Append(1), arrivals.Select(N));
    }

    [Fact]
    public async Task Without_a_resiliency_policy_each_delivery_is_a_single_attempt_as_in_daprd()
    {
        await using var harness = PubSubHarness.WithInMemory();
        var topic = PubSubHarness.NewTopic("no-policy");
        var (app, _) = await harness.SubscriberAsync("report", Subscribe(topic), (received, _) =>
            Task.FromResult(SubscriberApp.Status(N(received) == 0 ? "RETRY" : "SUCCESS")));
        await PublishAsync(harness.Client(await harness.SidecarAsync("cart")), topic, Enumerable.Range(0, 2));

        // daprd has no built-in subscription retries: only the component's ten tries remain.
        var arrivals = await app.NextAsync(11);

        Assert.Equal(Enumerable.Repeat(0, 10).Append(1), arrivals.Select(N));
    }

    [Fact]
    public async Task Every_event_gets_exactly_one_final_outcome_under_a_mix_of_success_retry_and_drop()
    {
        const int Marker = 1000;
        await using var harness = PubSubHarness.WithInMemory(fastRetry: true);
        var topic = PubSubHarness.NewTopic("mix");
        var deadTopic = topic + "-dead";
        var plainTopic = topic + "-plain";
        var mix = new OutcomeMix();
        var markers = new ConcurrentDictionary<string, TaskCompletionSource>(StringComparer.Ordinal);
        TaskCompletionSource MarkerSeen(string route) => markers.GetOrAdd(route, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        Task MarkerOn(string route) => MarkerSeen(route).Task.WaitAsync(Patience);

        // The markers published last on each topic succeed; everything else answers as the mix says.
        string Answer(Received received)
        {
            if (N(received) < Marker)
            {
                return mix.Answer(received);
            }

            MarkerSeen(received.Route).TrySetResult();
            return "SUCCESS";
        }

        object[] subscriptions = [.. Subscribe(topic, deadLetterTopic: deadTopic), .. Subscribe(deadTopic, "/dead"), .. Subscribe(plainTopic, "/plain")];
        await harness.SubscriberAsync("report", subscriptions, (received, _) => Task.FromResult(SubscriberApp.Status(Answer(received))));
        var client = harness.Client(await harness.SidecarAsync("cart"));

        await Task.WhenAll(PublishAsync(client, topic, mix.Main), PublishAsync(client, plainTopic, mix.Plain));

        // One at a time in publish order: once a marker published last is through, so is every
        // event before it on its topic, dead-lettering included; then the same for the dead letters.
        await PublishAsync(client, topic, [Marker]);
        await PublishAsync(client, plainTopic, [Marker]);
        await Task.WhenAll(MarkerOn("orders"), MarkerOn("plain"));
        await PublishAsync(client, deadTopic, [Marker]);
        await MarkerOn("dead");

        mix.AssertEachDoneOnce();
    }
}
