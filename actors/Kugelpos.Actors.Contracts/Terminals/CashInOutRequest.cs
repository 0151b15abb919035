namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>Cash put in or taken out of the drawer.</summary>
public sealed record CashInOutRequest
{
    /// <summary>The amount, greater than zero for both directions; cash out is stored negative.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Why; the original's default text is used when absent.</summary>
    public string? Description { get; init; }

    /// <summary>The store's name for the slip and the log, as the service knows it now; null when it has none.</summary>
    public string? StoreName { get; init; }

    /// <summary>
    /// Whether the terminal's store is on file; false refuses the operation with
    /// <see cref="TerminalRefusalCode.StoreNotFound"/>, after the terminal's own status checks.
    /// </summary>
    public bool StoreFound { get; init; } = true;
}
