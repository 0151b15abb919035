using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Receipts;

namespace Kugelpos.Terminal.Actors;

/// <summary>What <see cref="TerminalLifecycle"/> decided: the state to keep, or a refusal that keeps the old one.</summary>
public sealed record TerminalDecision
{
    /// <summary>The state after the operation; the unchanged state when refused.</summary>
    public required TerminalState State { get; init; }

    /// <summary>Set when refused.</summary>
    public TerminalRefusal? Refusal { get; init; }

    /// <summary>The cash movement recorded, for operations that move cash.</summary>
    public CashMovement? CashMovement { get; init; }

    /// <summary>The numbers handed out, for a request for transaction numbers.</summary>
    public TransactionNumbers? Numbers { get; init; }

    /// <summary>The slip an open, a close or a cash movement printed; set by the actor once the change is accepted.</summary>
    public ReceiptData? Slip { get; init; }

    /// <summary>Whether the operation was refused (and nothing is to be saved).</summary>
    public bool IsRefused => Refusal is not null;

    /// <summary>A refusal of an operation on <paramref name="state"/>.</summary>
    public static TerminalDecision Refused(TerminalState state, TerminalRefusal refusal) =>
        new() { State = state, Refusal = refusal };
}
