using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.PubSub;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Dapr.Outbox;
using Kugelpos.Receipts;
using Microsoft.Extensions.Logging;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The terminal actor: a thin shell that loads the terminal's state, lets the rule classes
/// decide, and saves the result before answering; then brings the terminal's listing in step.
/// A refusal saves nothing.
/// </summary>
/// <remarks>
/// The actor's state is the source of truth; the listing (<see cref="ITerminalListing"/>) is a
/// projection of it. A change is saved together with <see cref="TerminalState.ProjectionPending"/>
/// in one state transaction, then the listing is written, then the mark is cleared. Should the
/// listing write fail or the process die in between, the mark survives: the actor finishes the
/// write before it next acts (on its next activation) or when <see cref="ListingReminder"/>
/// fires, so no terminal lists one state for long and acts on another.
/// </remarks>
[Actor(TypeName = TerminalActorType.Name)]
public sealed class TerminalActor : Actor, ITerminalActor, IRemindable
{
    /// <summary>The key the whole terminal state is stored under, in the app's actor store.</summary>
    public const string StateName = "terminal";

    /// <summary>The reminder that retries a listing write that failed.</summary>
    public const string ListingReminder = "terminal-listing";

    /// <summary>When a failed listing write is first retried, and how often after.</summary>
    public static readonly TimeSpan ListingRetry = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time;
    private readonly ITerminalListing _listing;
    private readonly TerminalAdministration _administration;
    private readonly TerminalLifecycle _lifecycle;
    private readonly CashDrawer _cashDrawer;
    private readonly ILogger _logger;
    private readonly ActorOutbox _outbox;

    /// <summary>Created by the actor runtime, which resolves the services from the hosting service's container.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="time">The clock for the business date, cash movement and change times.</param>
    /// <param name="listing">The listing the actor keeps in step with its state.</param>
    /// <param name="outboxes">Makes the actor's outbox, which keeps the logs it publishes with its state.</param>
    /// <param name="stateManager">
    /// A state manager in place of the runtime's, for unit tests (Dapr's own test actors take one
    /// the same way); left out in production.
    /// </param>
    public TerminalActor(ActorHost host, TimeProvider time, ITerminalListing listing, ActorOutboxFactory outboxes, IActorStateManager? stateManager = null)
        : base(host)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(outboxes);
        _time = time;
        _listing = listing;
        _administration = new TerminalAdministration(time);
        _lifecycle = new TerminalLifecycle(time);
        _cashDrawer = new CashDrawer(time);
        _logger = host.LoggerFactory.CreateLogger<TerminalActor>();
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }

        _outbox = outboxes.Create(host, StateManager);
    }

    private enum Kind
    {
        // Reads the terminal, saves nothing.
        Read,

        // Changes what the listing shows: a new version, then the listing written.
        Listed,

        // Changes only counters the listing does not show (transaction numbers): saved, not listed.
        Unlisted,

        // Like Listed, on a terminal that need not exist.
        Create,
    }

    /// <inheritdoc />
    public Task<TerminalReply> CreateAsync(CreateTerminalRequest request) =>
        ReplyAsync(state => _administration.Create(state, request), Kind.Create);

    /// <inheritdoc />
    public Task<TerminalReply> DeleteAsync() =>
        ReplyAsync(TerminalAdministration.Delete, Kind.Listed);

    /// <inheritdoc />
    public Task<TerminalReply> GetStatusAsync() =>
        ReplyAsync(state => new TerminalDecision { State = state }, Kind.Read);

    /// <inheritdoc />
    public Task<TerminalReply> UpdateDescriptionAsync(UpdateDescriptionRequest request) =>
        ReplyAsync(state => TerminalAdministration.Describe(state, request), Kind.Listed);

    /// <inheritdoc />
    public Task<TerminalReply> UpdateFunctionModeAsync(UpdateFunctionModeRequest request) =>
        ReplyAsync(state => TerminalAdministration.ChangeFunctionMode(state, request), Kind.Listed);

    /// <inheritdoc />
    public Task<TerminalReply> VerifyApiKeyAsync(VerifyApiKeyRequest request) =>
        ReplyAsync(state => TerminalAdministration.Verify(state, request), Kind.Read);

    /// <inheritdoc />
    public Task<TerminalReply> SignInAsync(SignInRequest request) =>
        ReplyAsync(state => TerminalLifecycle.SignIn(state, request), Kind.Listed);

    /// <inheritdoc />
    public Task<TerminalReply> SignOutAsync() =>
        ReplyAsync(TerminalLifecycle.SignOut, Kind.Listed);

    /// <inheritdoc />
    public Task<TerminalReply> OpenAsync(OpenTerminalRequest request) =>
        ReplyAsync(state => _lifecycle.Open(state, request), Kind.Listed, TerminalOperations.Open, request?.StoreName);

    /// <inheritdoc />
    public Task<TerminalReply> CloseAsync(CloseTerminalRequest request) =>
        ReplyAsync(state => TerminalLifecycle.Close(state, request), Kind.Listed, TerminalOperations.Close, request?.StoreName);

    /// <inheritdoc />
    public Task<TerminalReply> CashInAsync(CashInOutRequest request) =>
        ReplyAsync(state => _cashDrawer.CashIn(state, request), Kind.Listed, storeName: request?.StoreName);

    /// <inheritdoc />
    public Task<TerminalReply> CashOutAsync(CashInOutRequest request) =>
        ReplyAsync(state => _cashDrawer.CashOut(state, request), Kind.Listed, storeName: request?.StoreName);

    /// <inheritdoc />
    public async Task<TransactionNumbersReply> NextTransactionNumbersAsync(TransactionNumbersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = await DecideAsync(state => TransactionNumbering.Next(state, request.ReceiptRange, request.Key), Kind.Unlisted);
        return new TransactionNumbersReply { Numbers = decision.Numbers, Refusal = decision.Refusal };
    }

    /// <inheritdoc />
    public async Task<bool> UpdateDeliveryStatusAsync(DeliveryStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = await _outbox.UpdateDeliveryStatusAsync(request.EventId, request.Service, request.Status, request.Message);
        await StateManager.SaveStateAsync();
        return entry is not null;
    }

    /// <summary>
    /// Relays the outbox (<see cref="ActorOutbox.ReminderName"/>), or finishes a listing write that
    /// failed (<see cref="ListingReminder"/>; once the listing is in step, that reminder goes).
    /// </summary>
    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName == ActorOutbox.ReminderName)
        {
            await _outbox.RelayAsync();
            await StateManager.SaveStateAsync();
            return;
        }

        if (reminderName != ListingReminder)
        {
            return;
        }

        var current = await LoadAsync();
        if (!current.ProjectionPending)
        {
            await UnregisterReminderAsync(ListingReminder);
        }
    }

    /// <summary>A listing write left pending by a failure or a crash is finished as soon as the actor is back.</summary>
    protected override async Task OnActivateAsync() => await LoadAsync();

    private async Task<TerminalReply> ReplyAsync(
        Func<TerminalState, TerminalDecision> rule, Kind kind, string? openClose = null, string? storeName = null) =>
        ToReply(await DecideAsync(rule, kind, openClose, storeName));

    private async Task<TerminalDecision> DecideAsync(
        Func<TerminalState, TerminalDecision> rule, Kind kind, string? openClose = null, string? storeName = null)
    {
        var state = await LoadAsync();
        if (kind != Kind.Create && !state.Exists)
        {
            return TerminalRefusals.NotFound(state);
        }

        var decision = rule(state);
        if (decision.IsRefused || kind == Kind.Read)
        {
            return decision;
        }

        var next = decision.State;
        if (kind != Kind.Unlisted)
        {
            next = next with
            {
                Version = state.Version + 1,
                ProjectionPending = true,
                Profile = next.Profile is { } profile ? profile with { LastUpdateDateTime = _time.GetUtcNow() } : null,
            };
        }

        var slip = await EnqueueLogsAsync(next, decision.CashMovement, openClose, storeName);

        // Saved before answering (the logs with it, in one transaction), so a caller never holds a
        // number or a status the store has not got; the runtime's own save then finds nothing to do.
        await SaveAsync(next);
        if (next.ProjectionPending)
        {
            next = await ProjectAsync(next);
        }

        return decision with { State = next, Slip = slip };
    }

    // The open/close log and the cash log of an accepted change, each with its slip, into the
    // outbox; the relay publishes them once the change is saved. Answers the slip the POS prints:
    // the open or close slip, else the cash slip.
    private async Task<ReceiptData?> EnqueueLogsAsync(TerminalState state, CashMovement? movement, string? openClose, string? storeName)
    {
        if (openClose is null && movement is null)
        {
            return null;
        }

        var terminal = TerminalSnapshots.From(Id.GetId(), state);
        ReceiptData? printed = null;
        if (openClose is not null)
        {
            var now = _time.GetUtcNow();
            printed = TerminalReceipts.OpenClose(terminal, openClose, storeName, TimeZoneInfo.ConvertTime(now, _time.LocalTimeZone));
            await _outbox.EnqueueAsync(EventChannels.OpenCloseLog, TerminalEvents.OpenClose(terminal, openClose, storeName, now, printed), TerminalEvents.Subscribers);
        }

        if (movement is not null)
        {
            var cashSlip = TerminalReceipts.Cash(terminal, movement, storeName);
            await _outbox.EnqueueAsync(EventChannels.Cashlog, TerminalEvents.Cash(terminal, movement, storeName, cashSlip), TerminalEvents.Subscribers);
            printed ??= cashSlip;
        }

        return printed;
    }

    private async Task<TerminalState> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<TerminalState>(StateName);
        var state = stored.HasValue ? stored.Value : TerminalState.Initial;
        return state.ProjectionPending ? await ProjectAsync(state) : state;
    }

    private async Task SaveAsync(TerminalState state)
    {
        await StateManager.SetStateAsync(StateName, state);
        await StateManager.SaveStateAsync();
    }

    // Writes the listing of a saved state and clears its mark; a failure leaves the mark and the
    // reminder to retry, and never fails the operation: the change itself is saved.
    private async Task<TerminalState> ProjectAsync(TerminalState state)
    {
        var terminalId = Id.GetId();
        try
        {
            if (state.IsDeleted || state.Profile is null)
            {
                await _listing.RemoveAsync(state.Profile?.TenantId ?? string.Empty, terminalId, state.Version, CancellationToken.None);
            }
            else
            {
                await _listing.WriteAsync(
                    TerminalSnapshots.From(terminalId, state), state.Credentials?.ProtectedApiKey ?? string.Empty, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // Whatever failed, the saved change stands and the mark retries the write.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogWarning(ex, "Listing terminal {TerminalId} at version {Version} failed; retried by reminder", terminalId, state.Version);
            await RegisterReminderAsync(ListingReminder, [], ListingRetry, ListingRetry);
            return state;
        }

        var listed = state with { ProjectionPending = false };
        await SaveAsync(listed);
        return listed;
    }

    private TerminalReply ToReply(TerminalDecision decision) => new()
    {
        Terminal = decision.State.Exists ? TerminalSnapshots.From(Id.GetId(), decision.State) : null,
        ProtectedApiKey = decision.State.Exists ? decision.State.Credentials?.ProtectedApiKey : null,
        Refusal = decision.Refusal,
        CashMovement = decision.CashMovement,
        ReceiptText = decision.Slip?.ReceiptText,
        JournalText = decision.Slip?.JournalText,
    };
}
