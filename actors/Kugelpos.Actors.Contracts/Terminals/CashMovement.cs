namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A cash movement the actor recorded, from which the service writes the cash log.</summary>
public sealed record CashMovement
{
    /// <summary>Positive for cash in and the opening float, negative for cash out.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The given description, or the original's default text.</summary>
    public required string Description { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
