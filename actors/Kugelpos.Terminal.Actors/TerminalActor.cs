using Dapr.Actors.Runtime;
using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Terminal.Actors;

/// <summary>
/// The terminal actor: a thin shell that loads the terminal's state, lets the rule classes
/// decide, and saves the result before answering. A refusal saves nothing.
/// </summary>
[Actor(TypeName = TerminalActorType.Name)]
public sealed class TerminalActor : Actor, ITerminalActor
{
    /// <summary>The key the whole terminal state is stored under, in the app's actor store.</summary>
    public const string StateName = "terminal";

    private readonly TerminalLifecycle _lifecycle;
    private readonly CashDrawer _cashDrawer;

    /// <summary>Created by the actor runtime, which resolves <paramref name="time"/> from the service's container.</summary>
    /// <param name="host">The actor's host.</param>
    /// <param name="time">The clock for the business date and cash movement times.</param>
    /// <param name="stateManager">
    /// A state manager in place of the runtime's, for unit tests (Dapr's own test actors take one
    /// the same way); left out in production.
    /// </param>
    public TerminalActor(ActorHost host, TimeProvider time, IActorStateManager? stateManager = null)
        : base(host)
    {
        _lifecycle = new TerminalLifecycle(time);
        _cashDrawer = new CashDrawer(time);
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    /// <inheritdoc />
    public async Task<TerminalReply> GetStatusAsync() =>
        ToReply(new TerminalDecision { State = await LoadAsync() });

    /// <inheritdoc />
    public Task<TerminalReply> SignInAsync(SignInRequest request) =>
        ReplyAsync(state => TerminalLifecycle.SignIn(state, request));

    /// <inheritdoc />
    public Task<TerminalReply> SignOutAsync() =>
        ReplyAsync(TerminalLifecycle.SignOut);

    /// <inheritdoc />
    public Task<TerminalReply> OpenAsync(OpenTerminalRequest request) =>
        ReplyAsync(state => _lifecycle.Open(state, request));

    /// <inheritdoc />
    public Task<TerminalReply> CloseAsync(CloseTerminalRequest request) =>
        ReplyAsync(state => TerminalLifecycle.Close(state, request));

    /// <inheritdoc />
    public Task<TerminalReply> CashInAsync(CashInOutRequest request) =>
        ReplyAsync(state => _cashDrawer.CashIn(state, request));

    /// <inheritdoc />
    public Task<TerminalReply> CashOutAsync(CashInOutRequest request) =>
        ReplyAsync(state => _cashDrawer.CashOut(state, request));

    /// <inheritdoc />
    public async Task<TransactionNumbersReply> NextTransactionNumbersAsync(ReceiptNumberRange receiptRange)
    {
        var decision = await DecideAsync(state => TransactionNumbering.Next(state, receiptRange));
        return new TransactionNumbersReply { Numbers = decision.Numbers, Refusal = decision.Refusal };
    }

    private async Task<TerminalReply> ReplyAsync(Func<TerminalState, TerminalDecision> rule) =>
        ToReply(await DecideAsync(rule));

    private async Task<TerminalDecision> DecideAsync(Func<TerminalState, TerminalDecision> rule)
    {
        var decision = rule(await LoadAsync());
        if (!decision.IsRefused)
        {
            await StateManager.SetStateAsync(StateName, decision.State);
            // Saved before answering, so a caller never holds a number or a status the store
            // has not got; the runtime's own save after the call then finds nothing to do.
            await StateManager.SaveStateAsync();
        }

        return decision;
    }

    private async Task<TerminalState> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<TerminalState>(StateName);
        return stored.HasValue ? stored.Value : TerminalState.Initial;
    }

    private TerminalReply ToReply(TerminalDecision decision) => new()
    {
        Terminal = TerminalSnapshots.From(Id.GetId(), decision.State),
        Refusal = decision.Refusal,
        CashMovement = decision.CashMovement,
    };
}
