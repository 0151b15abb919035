using System.Collections.Concurrent;
using System.Threading.Channels;
using Kugelpos.Dapr.Subscriptions;

namespace Kugelpos.EventDedup.Actors.Tests;

/// <summary>
/// What the test handler did: every run counted, and the business effect applied once per event
/// id (as the services' writes keyed by event id are); the next answers can be scripted.
/// </summary>
public sealed class Effects
{
    private readonly ConcurrentQueue<SubscriptionOutcome> _script = new();
    private readonly Channel<Guid> _runs = Channel.CreateUnbounded<Guid>();

    /// <summary>Handler runs per event id, repeats included.</summary>
    public ConcurrentDictionary<Guid, int> Runs { get; } = new();

    /// <summary>Business effects per event id: the idempotent write.</summary>
    public ConcurrentDictionary<Guid, int> Applied { get; } = new();

    /// <summary>The handler's next answers, in order; a success once the script is spent.</summary>
    public void Script(params SubscriptionOutcome[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _script.Enqueue(outcome);
        }
    }

    internal SubscriptionOutcome Run(Guid eventId)
    {
        Runs.AddOrUpdate(eventId, 1, (_, n) => n + 1);
        var outcome = _script.TryDequeue(out var next) ? next : SubscriptionOutcome.Success;
        if (outcome.Answer == SubscriptionAnswer.Success)
        {
            Applied.TryAdd(eventId, 1);
        }

        _runs.Writer.TryWrite(eventId);
        return outcome;
    }

    /// <summary>The event id of the handler's next run, once it has run; a bound for a run that never comes, not a timing assertion.</summary>
    public async Task<Guid> NextRunAsync() => await _runs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>How often the handler ran for <paramref name="eventId"/>.</summary>
    public int RunsOf(Guid eventId) => Runs.GetValueOrDefault(eventId);
}
