namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Opening the terminal.</summary>
public sealed record OpenTerminalRequest
{
    /// <summary>Cash in the drawer at open; when given it is also a cash movement.</summary>
    public decimal? InitialAmount { get; init; }

    /// <summary>The store's name for the slip and the log, as the service knows it now; null when it has none.</summary>
    public string? StoreName { get; init; }

    /// <summary>
    /// Whether the terminal's store is on file; false refuses the operation with
    /// <see cref="TerminalRefusalCode.StoreNotFound"/>, after the terminal's own status checks.
    /// </summary>
    public bool StoreFound { get; init; } = true;
}
