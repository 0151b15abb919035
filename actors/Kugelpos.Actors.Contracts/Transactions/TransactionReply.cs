using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>The transaction actor's answer: the log recorded (or made by a void or return), or the refusal.</summary>
public sealed record TransactionReply
{
    /// <summary>The log; absent when refused.</summary>
    public TransactionLog? Log { get; init; }

    /// <summary>Set when refused.</summary>
    public TransactionRefusal? Refusal { get; init; }
}
