using System.Text.Json;
using Kugelpos.Sidecar.Actors;
using Kugelpos.Sidecar.Resiliency;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kugelpos.Sidecar.Tests.Resiliency;

/// <summary>
/// App <c>pos</c> hosting actor type <c>Cart</c> in an <see cref="ActorRuntime"/> on a fake clock,
/// with its reminders in a <see cref="KeepingStore"/> and <see cref="ReminderCallbacks"/> as the app:
/// a test registers timers and reminders, advances the clock and reads what fired and what is stored.
/// </summary>
internal sealed class CartHost : IAsyncDisposable
{
    /// <summary>A host whose app asks for <paramref name="reminderPartitions"/> reminder lists per type (0 for one).</summary>
    public CartHost(int reminderPartitions = 0)
    {
        ReminderPartitions = reminderPartitions;
        var app = new ActorAppClient(new AppChannel(new HttpClient(App), new Uri("http://app.test/"), null));
        var config = ActorAppConfig.None with
        {
            Entities = new HashSet<string>(["Cart"], StringComparer.Ordinal),
            Defaults = ActorTypeConfig.Default with { RemindersStoragePartitions = reminderPartitions },
        };
        Runtime = new ActorRuntime("pos", config, app, Store, Time, NullLogger.Instance, ComponentPolicy.PassThrough);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public KeepingStore Store { get; } = new();

    /// <summary>How many reminder lists the app asked for per type.</summary>
    public int ReminderPartitions { get; }

    public ReminderCallbacks App { get; } = new();

    public ActorRuntime Runtime { get; }

    /// <summary>A registration carrying <paramref name="data"/> as a JSON string.</summary>
    public static ActorJobRequest Job(string dueTime, string data, string? period = null, string? callback = null) =>
        new(dueTime, period, null, JsonSerializer.SerializeToElement(data), callback);

    /// <summary>The Cart reminders a restarting sidecar would load, as <c>{id}/{name}</c> unless told otherwise, sorted.</summary>
    public async Task<string[]> StoredAsync(Func<ActorJob, string>? describe = null)
    {
        describe ??= job => $"{job.ActorId}/{job.Name}";
        var stored = await new ReminderStore(Store, "pos", ComponentPolicy.PassThrough, _ => ReminderPartitions).LoadAsync("Cart", CancellationToken.None);
        return [.. stored.Select(describe).Order(StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await Store.DisposeAsync();
        App.Dispose();
    }
}
