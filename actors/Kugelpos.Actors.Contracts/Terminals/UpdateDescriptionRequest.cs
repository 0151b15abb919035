namespace Kugelpos.Actors.Contracts.Terminals;

/// <summary>A new description for the terminal.</summary>
public sealed record UpdateDescriptionRequest
{
    /// <summary>The description.</summary>
    public required string Description { get; init; }
}
