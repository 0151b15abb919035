namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Opening the terminal.</summary>
public sealed record OpenTerminalRequest
{
    /// <summary>Cash in the drawer at open; when given it is also a cash movement.</summary>
    public decimal? InitialAmount { get; init; }
}
