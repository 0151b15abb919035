namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>A line to cancel; it stays on the cart, out of every total.</summary>
public sealed record CancelLineRequest
{
    /// <summary>The line number (from 1).</summary>
    public required int LineNo { get; init; }
}
