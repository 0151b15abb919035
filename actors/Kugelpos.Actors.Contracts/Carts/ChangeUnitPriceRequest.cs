namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>A new unit price for one line.</summary>
public sealed record ChangeUnitPriceRequest
{
    /// <summary>The line number (from 1).</summary>
    public required int LineNo { get; init; }

    /// <summary>The new unit price.</summary>
    public required decimal UnitPrice { get; init; }
}
