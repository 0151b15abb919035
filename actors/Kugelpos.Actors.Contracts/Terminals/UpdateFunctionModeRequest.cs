namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A new function mode for the terminal.</summary>
public sealed record UpdateFunctionModeRequest
{
    /// <summary>The mode; those of an open session are refused while closed, and the open mode while open.</summary>
    public required TerminalFunctionMode FunctionMode { get; init; }
}
