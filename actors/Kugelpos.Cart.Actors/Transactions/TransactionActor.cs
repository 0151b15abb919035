using Dapr.Actors;
using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Actors.Contracts.Transactions;
using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Cart.Actors.Carts;
using Kugelpos.Contracts;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Dapr.Outbox;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>
/// One transaction log: a thin shell that records the log in the <see cref="ITransactionStore"/>
/// and its outbox, and runs the voids and returns of the transaction one at a time (the actor's
/// turns), so of two racing reversals exactly one is made.
/// </summary>
/// <remarks>
/// A reversal is saved as <see cref="PendingReversal"/> before its first effect elsewhere; then the
/// terminal numbers it under a key of its own (the same numbers on a retry), the new log is recorded
/// at its own actor (stored once, published once), the original's status is marked, and the pending
/// reversal is cleared. A retry after a crash at any step finishes the same reversal.
/// </remarks>
[Actor(TypeName = TransactionActorType.Name)]
public sealed class TransactionActor : Actor, ITransactionActor, IRemindable
{
    /// <summary>The key the actor's state is stored under.</summary>
    public const string StateName = "transaction";

    /// <summary>
    /// The TTL of every write of this actor's state and outbox: the longest daprd's state stores
    /// take (ttlInSeconds up to int.MaxValue, about 68 years), so the cartstore's default of ten
    /// hours (meant for carts) never applies to it.
    /// </summary>
    /// <remarks>
    /// The state must outlive the cartstore's default TTL: an outbox entry waits for report, journal
    /// and stock for as long as they are away; an interrupted void or return waits for its retry;
    /// and <see cref="TransactionActorState.Reversals"/> keys the terminal's numbering, so were it
    /// to expire, a later reversal would reuse an earlier one's key and be handed its numbers.
    /// "No expiry" (ttlInSeconds -1, which daprd's Redis store turns into PERSIST) cannot be asked
    /// for through Dapr.Actors 1.19: its state manager keeps now + ttl as the value's expiry and
    /// answers a value whose expiry has passed as absent, so with a negative TTL the actor would no
    /// longer see its own state from the next call of the same activation on. Renewing the state
    /// before it expires instead would need a write at least every ten hours for every transaction
    /// ever reversed, and a reminder to make it. Transaction actors are one per log, as durable as
    /// the log in the document store, and their state is small.
    /// </remarks>
    public static readonly TimeSpan StateTtl = TimeSpan.FromSeconds(int.MaxValue);

    private readonly ITransactionStore _store;
    private readonly TimeProvider _time;
    private readonly ActorOutbox _outbox;
    private readonly IReceiptDataPlugin? _receipt;

    /// <summary>Created by the actor runtime with the hosting service's services.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="store">The durable logs.</param>
    /// <param name="time">The clock for the reversals' times.</param>
    /// <param name="outboxes">Makes the outbox the log is published from.</param>
    /// <param name="plugins">
    /// The service's sales plugins, whose receipt plugin renders the voids' and returns' texts; where
    /// the configuration lists no receipt plugin, reversals are logged without texts.
    /// </param>
    /// <param name="stateManager">A state manager in place of the runtime's, for unit tests.</param>
    public TransactionActor(
        ActorHost host,
        ITransactionStore store,
        TimeProvider time,
        ActorOutboxFactory outboxes,
        ICartPlugins plugins,
        IActorStateManager? stateManager = null)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(outboxes);
        ArgumentNullException.ThrowIfNull(plugins);
        _store = store;
        _time = time;
        _receipt = plugins.Receipt;
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }

        _outbox = outboxes.Create(host, StateManager, StateTtl);
    }

    private TransactionKey Key => TransactionKey.FromActorId(Id.GetId())
        ?? throw new InvalidOperationException($"'{Id.GetId()}' is not a transaction actor id.");

    /// <inheritdoc />
    public async Task<TransactionReply> RecordAsync(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.TransactionNo is null || TransactionKey.Of(log) != Key)
        {
            return new() { Refusal = TransactionRefusals.Invalid("transaction_no", $"The log is not transaction {Id.GetId()}") };
        }

        var stored = await _store.AddAsync(log);
        var state = await LoadAsync();
        if (state.RecordedEventId is null)
        {
            await _outbox.EnqueueAsync(EventChannels.Tranlog, stored, TransactionSubscribers.All);
            await SaveAsync(state with { RecordedEventId = stored.EventId });
        }

        return new() { Log = stored };
    }

    /// <inheritdoc />
    public Task<TransactionReply> VoidAsync(ReversalRequest request) => ReverseAsync(ReversalKind.Void, request);

    /// <inheritdoc />
    public Task<TransactionReply> ReturnAsync(ReversalRequest request) => ReverseAsync(ReversalKind.Return, request);

    /// <inheritdoc />
    public async Task ClearRefundAsync(int returnTransactionNo)
    {
        var stored = await _store.FindAsync(Key);
        if (stored is { Status: { IsRefunded: true } status } && status.ReturnTransactionNo == returnTransactionNo)
        {
            await _store.SaveStatusAsync(Key, status with { IsRefunded = false, ReturnTransactionNo = null, ReturnDateTime = null, ReturnStaffId = null });
        }
    }

    /// <inheritdoc />
    public async Task<bool> UpdateDeliveryStatusAsync(DeliveryStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = await _outbox.UpdateDeliveryStatusAsync(request.EventId, request.Service, request.Status, request.Message);
        await StateManager.SaveStateAsync();
        return entry is not null;
    }

    /// <summary>Relays the outbox when its reminder fires.</summary>
    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName == ActorOutbox.ReminderName)
        {
            await _outbox.RelayAsync();
            await StateManager.SaveStateAsync();
        }
    }

    private async Task<TransactionReply> ReverseAsync(ReversalKind kind, ReversalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = await LoadAsync();
        if (state.Pending is { } pending)
        {
            // A reversal interrupted earlier is finished first; a retry of it gets its answer.
            var finished = await FinishAsync(state, pending);
            if (pending.Kind == kind && SameRequest(pending.Request, request))
            {
                return finished;
            }

            state = await LoadAsync();
        }

        var original = await _store.FindAsync(Key);
        if (original is null)
        {
            return new() { Refusal = TransactionRefusals.NotFound(Key) };
        }

        if (TransactionReversals.Check(kind, original, request.Payments) is { } refusal)
        {
            return new() { Refusal = refusal };
        }

        var accepted = new PendingReversal
        {
            Kind = kind,
            Request = request,
            EventId = Guid.NewGuid(),
            AcceptedAt = _time.GetUtcNow(),
            NumbersKey = $"{kind.ToString().ToLowerInvariant()}:{Id.GetId()}:{state.Reversals + 1}",
        };
        state = state with { Pending = accepted };
        await SaveAsync(state);
        return await FinishAsync(state, accepted);
    }

    private async Task<TransactionReply> FinishAsync(TransactionActorState state, PendingReversal pending)
    {
        var original = await _store.FindAsync(Key) ?? throw new InvalidOperationException($"Transaction {Id.GetId()} is pending a reversal but is not stored.");
        var terminalNo = TerminalNo(pending.Request.TerminalId);
        var numbers = await ProxyFactory
            .CreateActorProxy<ITerminalActor>(new ActorId(pending.Request.TerminalId), TerminalActorType.Name)
            .NextTransactionNumbersAsync(new TransactionNumbersRequest { ReceiptRange = pending.Request.ReceiptRange, Key = pending.NumbersKey });
        if (numbers.Refusal is { } refused || numbers.Numbers is null)
        {
            await SaveAsync(state with { Pending = null });
            return new() { Refusal = TransactionRefusals.Terminal(numbers.Refusal!) };
        }

        var log = await TransactionReceipts.RenderAsync(_receipt, TransactionReversals.Build(pending, original.Log, numbers.Numbers, terminalNo), CancellationToken.None);
        if (TransactionKey.Of(log) == Key)
        {
            // Recording at this very actor from its own turn would wait for itself forever.
            throw new InvalidOperationException($"Terminal {pending.Request.TerminalId} numbered the reversal of {Id.GetId()} with its own number.");
        }

        var transactions = new TransactionActorClient(ProxyFactory);
        var recorded = await transactions.RecordAsync(log);
        var reversal = recorded.Log ?? throw new InvalidOperationException($"Recording the reversal of {Id.GetId()} was refused: {recorded.Refusal?.Message}");
        await _store.SaveStatusAsync(Key, TransactionReversals.Mark(pending.Kind, original.Status, reversal));
        if (reversal.TransactionType == TransactionType.VoidReturn && original.Log.Origin is { TenantId: { } tenant, StoreCode: { } store, TerminalNo: { } terminal, TransactionNo: { } sale })
        {
            await transactions.ClearRefundAsync(new TransactionKey(tenant, store, terminal, sale), Key.TransactionNo);
        }

        await SaveAsync(state with { Pending = null, Reversals = state.Reversals + 1 });
        return new() { Log = reversal };
    }

    private static bool SameRequest(ReversalRequest a, ReversalRequest b) =>
        a.TerminalId == b.TerminalId && a.ReceiptRange == b.ReceiptRange && a.Payments.SequenceEqual(b.Payments);

    // The terminal number is the last part of a terminal id {tenant}-{store}-{no}.
    private static int TerminalNo(string terminalId) =>
        int.Parse(terminalId[(terminalId.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<TransactionActorState> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<TransactionActorState>(StateName);
        return stored.HasValue ? stored.Value : TransactionActorState.Initial;
    }

    // Saved before answering (the outbox with it, in one transaction), beyond the store's default TTL.
    private async Task SaveAsync(TransactionActorState state)
    {
        await StateManager.SetStateAsync(StateName, state, StateTtl);
        await StateManager.SaveStateAsync();
    }
}
