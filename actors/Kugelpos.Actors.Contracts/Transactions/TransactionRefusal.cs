using Kugelpos.Actors.Contracts.Terminals;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>A refused transaction operation: nothing was stored, numbered or published.</summary>
public sealed record TransactionRefusal
{
    /// <summary>Why.</summary>
    public required TransactionRefusalCode Code { get; init; }

    /// <summary>For the caller.</summary>
    public required string Message { get; init; }

    /// <summary>The request field at fault, if one is.</summary>
    public string? Field { get; init; }

    /// <summary>The terminal's own refusal, for <see cref="TransactionRefusalCode.TerminalRefused"/>.</summary>
    public TerminalRefusal? Terminal { get; init; }
}
