using System.Diagnostics.Metrics;
using System.Text.Json;
using Dapr.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Moq;

namespace Kugelpos.Dapr.Tests;

/// <summary>A helper wired to a mocked DaprClient, fake time, a fake logger and a private meter factory.</summary>
internal sealed class HelperHarness : IDisposable
{
    public const string PubSub = "pubsub-tranlog-report";
    public const string Topic = "tranlog_report";
    public const string Store = "statestore";

    private readonly ServiceProvider _metricsProvider;
    private DaprClientHelper? _helper;

    public HelperHarness()
    {
        _metricsProvider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Client.SetupGet(c => c.JsonSerializerOptions).Returns(new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    public FakeClock Time { get; } = new();

    public Mock<DaprClient> Client { get; } = new();

    public FakeLogger<DaprClientHelper> Logger { get; } = new();

    public IMeterFactory MeterFactory => _metricsProvider.GetRequiredService<IMeterFactory>();

    /// <summary>Options the test may change before <see cref="Helper"/> is first used.</summary>
    public DaprOptions Options { get; } = new()
    {
        FailureThreshold = 3,
        OpenDuration = TimeSpan.FromSeconds(60),
        MaxAttempts = 1,
        RetryBaseDelay = TimeSpan.FromSeconds(1),
        RetryMaxDelay = TimeSpan.FromSeconds(5),
        UseJitter = false,
        AttemptTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Times (fake) at which DaprClient was called, in order.</summary>
    public List<DateTimeOffset> CallTimes { get; } = [];

    /// <summary>Retry delays the driver advanced through, in order.</summary>
    public List<TimeSpan> RetryDelays { get; } = [];

    public DaprClientHelper Helper => _helper ??= new DaprClientHelper(
        Client.Object,
        Microsoft.Extensions.Options.Options.Create(Options),
        Time,
        Logger,
        MeterFactory);

    /// <summary>Every publish runs <paramref name="behaviour"/>, after the call time is recorded.</summary>
    public void OnPublish(Func<CancellationToken, Task> behaviour) =>
        Client.Setup(c => c.PublishEventAsync(
                It.IsAny<string>(),
                It.IsAny<string>(),
                It.IsAny<OrderPlaced>(),
                It.IsAny<Dictionary<string, string>>(),
                It.IsAny<CancellationToken>()))
            .Returns((string _, string _, OrderPlaced _, Dictionary<string, string> _, CancellationToken token) =>
            {
                CallTimes.Add(Time.GetUtcNow());
                return behaviour(token);
            });

    /// <summary>Publishes fail with each exception in turn, then succeed.</summary>
    public void PublishFailsWith(params Exception[] failures)
    {
        var next = 0;
        OnPublish(_ => next < failures.Length ? Task.FromException(failures[next++]) : Task.CompletedTask);
    }

    /// <summary>Every publish fails with a fresh Unavailable error.</summary>
    public void PublishAlwaysUnavailable() => OnPublish(_ => Task.FromException(DaprFaults.Unavailable()));

    /// <summary>Every publish succeeds at once.</summary>
    public void PublishSucceeds() => OnPublish(_ => Task.CompletedTask);

    public Task<DaprResult> Publish(CancellationToken ct = default) =>
        Detached(() => Helper.PublishEventAsync(PubSub, Topic, new OrderPlaced("o-1", 100), null, ct));

    public void VerifyPublishCalls(Times times) =>
        Client.Verify(
            c => c.PublishEventAsync(
                It.IsAny<string>(),
                It.IsAny<string>(),
                It.IsAny<OrderPlaced>(),
                It.IsAny<Dictionary<string, string>>(),
                It.IsAny<CancellationToken>()),
            times);

    /// <summary>
    /// Starts a call with no synchronization context captured, so that every continuation runs
    /// inline when fake time is advanced and the test sees completion without waiting.
    /// </summary>
    public static Task<T> Detached<T>(Func<Task<T>> start)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return start();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>
    /// Drives a call to its end: each time Polly schedules a retry delay, advances fake time by
    /// exactly that delay. Per-attempt timeout timers are left alone. The real-time guard only
    /// ends a test that would otherwise hang.
    /// </summary>
    public async Task<T> RunToCompletion<T>(Task<T> call)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!call.IsCompleted)
        {
            var nextTimer = Time.NextTimerAsync(guard.Token);
            if (await Task.WhenAny(nextTimer, call) == call)
            {
                break;
            }

            var due = await nextTimer;
            if (due == Options.AttemptTimeout)
            {
                continue;
            }

            RetryDelays.Add(due);
            Time.Advance(due);
        }

        return await call.WaitAsync(guard.Token);
    }

    /// <summary>Waits for the next timer to be created and checks its due time.</summary>
    public async Task ExpectTimer(TimeSpan due)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(due, await Time.NextTimerAsync(guard.Token));
    }

    /// <summary>Gaps between consecutive Dapr calls.</summary>
    public List<TimeSpan> Gaps() => CallTimes.Zip(CallTimes.Skip(1), (first, second) => second - first).ToList();

    public void Dispose()
    {
        _helper?.Dispose();
        _metricsProvider.Dispose();
    }
}
