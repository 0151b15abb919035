using Dapr.Actors.Runtime;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Dapr.Tests.Outbox;

/// <summary>
/// The outbox as an actor service uses it: the state change and the event are written in one
/// call, so the runtime saves both in one transaction; the relay reminder publishes.
/// </summary>
public sealed class CashDrawerActor : Actor, ICashDrawerActor, IRemindable
{
    /// <summary>The actor type name.</summary>
    public const string TypeName = "CashDrawerActor";

    private const string BalanceKey = "balance";
    private readonly ActorOutbox _outbox;
    private readonly CashDrawerSettings _settings;
    private readonly CashDrawerProbe _probe;

    public CashDrawerActor(ActorHost host, ActorOutboxFactory outboxes, CashDrawerSettings settings, CashDrawerProbe probe)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(outboxes);
        _outbox = outboxes.Create(host, StateManager);
        _settings = settings;
        _probe = probe;
    }

    /// <inheritdoc />
    public async Task PutInAsync(Guid eventId, decimal amount)
    {
        var balance = await StateManager.GetOrAddStateAsync(BalanceKey, 0m) + amount;
        await StateManager.SetStateAsync(BalanceKey, balance);
        var log = new CashInOutLog { EventId = eventId, TenantId = "T1", StoreCode = "S1", TerminalNo = 1, Amount = amount };
        await _outbox.EnqueueAsync(_settings.Channel, log, _settings.Subscribers);
    }

    /// <inheritdoc />
    public Task<decimal> BalanceAsync() => StateManager.GetOrAddStateAsync(BalanceKey, 0m);

    /// <inheritdoc />
    public Task ConfirmAsync(Guid eventId, string service) =>
        _outbox.UpdateDeliveryStatusAsync(eventId, service, SubscriberStatus.Received, null);

    /// <inheritdoc />
    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName == ActorOutbox.ReminderName)
        {
            await _outbox.RelayAsync();
            _probe.Relays.Writer.TryWrite(await _outbox.PendingAsync());
        }
    }
}
