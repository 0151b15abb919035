namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A refused operation: why, in which status, and in words a POS operator can read.</summary>
public sealed record TerminalRefusal
{
    /// <summary>The reason.</summary>
    public required TerminalRefusalCode Code { get; init; }

    /// <summary>The terminal's status when it refused; <see cref="TerminalStatus.Idle"/> for a terminal that does not exist.</summary>
    public required TerminalStatus Status { get; init; }

    /// <summary>What was refused and why, naming the status.</summary>
    public required string Message { get; init; }

    /// <summary>For <see cref="TerminalRefusalCode.InvalidRequest"/>: the request field (camelCase).</summary>
    public string? Field { get; init; }
}
