namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>The terminal actor's answer to a request for transaction numbers: the numbers or the refusal.</summary>
public sealed record TransactionNumbersReply
{
    /// <summary>The numbers handed out; absent when refused.</summary>
    public TransactionNumbers? Numbers { get; init; }

    /// <summary>Set when refused; no number was used.</summary>
    public TerminalRefusal? Refusal { get; init; }
}
