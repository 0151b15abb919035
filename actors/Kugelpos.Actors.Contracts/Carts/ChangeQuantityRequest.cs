namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>A new quantity for one line.</summary>
public sealed record ChangeQuantityRequest
{
    /// <summary>The line number (from 1).</summary>
    public required int LineNo { get; init; }

    /// <summary>The new quantity.</summary>
    public required int Quantity { get; init; }
}
