namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Closing the terminal.</summary>
public sealed record CloseTerminalRequest
{
    /// <summary>Cash counted in the drawer at close.</summary>
    public decimal? PhysicalAmount { get; init; }
}
