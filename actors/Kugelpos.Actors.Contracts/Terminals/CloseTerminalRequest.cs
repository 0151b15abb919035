namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Closing the terminal.</summary>
public sealed record CloseTerminalRequest
{
    /// <summary>Cash counted in the drawer at close.</summary>
    public decimal? PhysicalAmount { get; init; }

    /// <summary>The store's name for the slip and the log, as the service knows it now; null when it has none.</summary>
    public string? StoreName { get; init; }

    /// <summary>
    /// Whether the terminal's store is on file; false refuses the operation with
    /// <see cref="TerminalRefusalCode.StoreNotFound"/>, after the terminal's own status checks.
    /// </summary>
    public bool StoreFound { get; init; } = true;
}
