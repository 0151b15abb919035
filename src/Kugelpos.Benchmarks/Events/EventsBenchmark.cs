using System.Diagnostics;
using System.Globalization;
using Dapr.Client;
using Kugelpos.Benchmarks.Sale;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Serialization;

namespace Kugelpos.Benchmarks.Events;

/// <summary>
/// Transaction logs published through the cart's sidecar as fast as the publishers manage, one in
/// ten a duplicate, and how fast report, journal and stock each, and all three together, complete
/// them, read from their consumer groups on the Redis stream; then the target.
/// </summary>
public static class EventsBenchmark
{
    /// <summary>The apps subscribed to the transaction log, each a consumer group of the same name.</summary>
    public static IReadOnlyList<string> Subscribers { get; } = ["report", "journal", "stock"];

    // components/redis/pubsub-tranlog-report.yaml names no redisDB, so the stream is in database 0.
    private const int PubSubDatabase = 0;
    private const string JsonContent = "application/json";
    private static readonly TimeSpan LogArrival = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Sets up, warms up, publishes for <see cref="BenchOptions.Seconds"/> and reports; 1 when the set-up or its sale fails.</summary>
    public static async Task<int> RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Kugelpos events benchmark: {options.Callers} publishers, {options.Seconds} s of publishing (warm-up {options.WarmUp.TotalSeconds:0.#} s), {Environment.ProcessorCount} cores"));
        Console.WriteLine($"Transaction logs of a real {StoreSetup.ItemCodes.Count}-line sale, each a copy with a fresh event_id and transaction_no, one publish in {TranlogPublisher.DuplicateEvery} a duplicate,");
        Console.WriteLine($"to {EventChannels.TranlogPubSub}/{EventChannels.TranlogTopic} through the cart's sidecar (Dapr SDK, gRPC); {string.Join(", ", Subscribers)} each read the stream as a consumer group");

        await using var system = await BenchSystem.StartAsync();
        var stream = new RedisTranlog(system.Redis.GetDatabase(PubSubDatabase));
        TranlogClones clones;
        using (var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) })
        {
            try
            {
                clones = await RealSaleAsync(http, system, stream);
            }
            catch (Exception e) when (e is UnexpectedAnswerException or EventJsonException)
            {
                Console.Error.WriteLine($"kugelpos-bench: the store's set-up or its first sale failed: {e.Message}");
                return 1;
            }
        }

        using var dapr = new DaprClientBuilder().UseGrpcEndpoint(system.SidecarGrpc("cart").ToString()).Build();
        var publishers = Enumerable.Range(0, options.Callers)
            .Select(_ => new TranlogPublisher(clones, json => dapr.PublishByteEventAsync(EventChannels.TranlogPubSub, EventChannels.TranlogTopic, json, JsonContent)))
            .ToArray();
        var runner = new LoadRunner(options.Callers, options.Callers);
        Task Publish(int caller, int n) => publishers[caller].PublishNextAsync();

        Console.WriteLine();
        if (options.WarmUp > TimeSpan.Zero)
        {
            var warmUp = await MeasureAsync(runner, Publish, publishers, stream, options.WarmUp);
            Console.WriteLine(string.Create(inv, $"warm-up: {warmUp.Published:N0} published; ") + (warmUp.Subscribers.All(s => s.Done)
                ? string.Create(inv, $"all subscribers done {SubscribersTogether.Window(warmUp.Subscribers, warmUp.WaitEnded).TotalSeconds:0.0} s after its first publish")
                : "not all subscribers done when the wait ended (" + string.Join(", ", warmUp.Subscribers.Select(s => string.Create(inv, $"{s.AppId} {s.Completed:N0}"))) + "), so the run starts behind"));
        }

        var run = await MeasureAsync(runner, Publish, publishers, stream, TimeSpan.FromSeconds(options.Seconds));
        Print(run);
        return 0;
    }

    // An operator's store with one terminal, one whole sale through the cart's API, and the log the cart published for it.
    private static async Task<TranlogClones> RealSaleAsync(HttpClient http, BenchSystem system, RedisTranlog stream)
    {
        var terminal = (await StoreSetup.RunAsync(http, system.Service, 1))[0];
        var device = new PosDevice(new CartApi(http, system.Service("cart"), terminal), [.. StoreSetup.ItemCodes.Select(CartApi.OneItem)]);
        await device.SellAsync();
        return TranlogClones.FromCloudEvent(await stream.NewestCloudEventAsync(LogArrival));
    }

    // One publishing run and the wait for the subscribers after it; every time is counted from the first publish.
    private static async Task<EventsRun> MeasureAsync(LoadRunner runner, Func<int, int, Task> publish, IReadOnlyList<TranlogPublisher> publishers,
        RedisTranlog stream, TimeSpan duration)
    {
        var before = await stream.EntriesAddedAsync();
        var (published, duplicates) = (publishers.Sum(p => p.Published), publishers.Sum(p => p.Duplicates));
        var started = Stopwatch.GetTimestamp();
        var publishing = await runner.RunAsync(publish, TimeSpan.Zero, duration);
        var publishingStopped = Stopwatch.GetElapsedTime(started);
        published = publishers.Sum(p => p.Published) - published;
        duplicates = publishers.Sum(p => p.Duplicates) - duplicates;

        var subscribers = Subscribers.Select(s => new SubscriberProgress(s, before, published)).ToList();
        while (true)
        {
            var readings = await stream.ReadGroupsAsync(Subscribers);
            var at = Stopwatch.GetElapsedTime(started);
            foreach (var subscriber in subscribers)
            {
                subscriber.Observe(readings[subscriber.AppId], at);
            }

            if (CompletionWait.IsOver(subscribers, at, publishingStopped))
            {
                var grown = await stream.EntriesAddedAsync() - before;
                return new EventsRun(publishing, published, duplicates, grown, publishers.Select(p => p.FirstError).FirstOrDefault(e => e is not null), subscribers, at);
            }

            await Task.Delay(Poll);
        }
    }

    private static void Print(EventsRun run)
    {
        var inv = CultureInfo.InvariantCulture;
        BenchReport.PrintRun("publish (cart sidecar, gRPC)", run.Publishing);
        Console.WriteLine(string.Create(inv,
            $"published {run.Published:N0} events: {run.Published - run.Duplicates:N0} distinct + {run.Duplicates:N0} duplicates ({(run.Published > 0 ? (double)run.Duplicates / run.Published : 0):0.0%}); the stream grew by {run.StreamGrowth:N0} entries"));
        if (run.FirstPublishError is { } error)
        {
            Console.WriteLine($"publish: first failure: {error}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"subscriber",-12} {"completed",21}   {"done after",-22} {"events/s",10}");
        foreach (var subscriber in run.Subscribers)
        {
            var state = !subscriber.GroupSeen ? "no consumer group"
                : subscriber.DoneAfter is { } done ? string.Create(inv, $"{done.TotalSeconds:0.0} s")
                : "not done";
            Console.WriteLine(string.Create(inv, $"{subscriber.AppId,-12} {subscriber.Completed,10:N0} of {subscriber.Published,-7:N0}   {state,-22} {subscriber.EventsPerSecond(run.WaitEnded),10:N0}"));
        }

        var together = SubscribersTogether.Window(run.Subscribers, run.WaitEnded);
        var allDone = run.Subscribers.All(s => s.Done) ? string.Create(inv, $"{together.TotalSeconds:0.0} s") : string.Create(inv, $"wait ended {run.WaitEnded.TotalSeconds:0.0} s");
        Console.WriteLine(string.Create(inv,
            $"{"all three",-12} {SubscribersTogether.Completed(run.Subscribers),10:N0} of {run.Published,-7:N0}   {allDone,-22} {SubscribersTogether.EventsPerSecond(run.Subscribers, run.WaitEnded),10:N0}"));
        Console.WriteLine("(completed: the run's events a subscriber acknowledged, duplicates included; times from the first publish)");
        Console.WriteLine();
        BenchReport.PrintVerdict(EventTargets.Judge(run.Subscribers, run.WaitEnded));
    }
}
