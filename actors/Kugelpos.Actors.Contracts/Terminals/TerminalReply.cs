namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>
/// What the terminal actor answers: the terminal as it now stands, and either the refusal
/// (nothing changed) or, for operations that move cash, the movement recorded.
/// </summary>
public sealed record TerminalReply
{
    /// <summary>The terminal after the operation, or unchanged when refused.</summary>
    public required TerminalSnapshot Terminal { get; init; }

    /// <summary>Set when the operation was refused.</summary>
    public TerminalRefusal? Refusal { get; init; }

    /// <summary>Set by cash in, cash out and an open with an initial amount.</summary>
    public CashMovement? CashMovement { get; init; }
}
