namespace Kugelpos.Cart.Abstractions.Masters;

/// <summary>A tax as the cart uses it (master-data's <c>TaxMasterResponse</c>, same names).</summary>
public sealed record TaxMaster
{
    /// <summary>Tax code, e.g. <c>01</c>.</summary>
    public required string TaxCode { get; init; }

    /// <summary>One of <see cref="TaxTypes"/>.</summary>
    public required string TaxType { get; init; }

    /// <summary>Name printed on receipts.</summary>
    public string? TaxName { get; init; }

    /// <summary>Rate in percent (10.0 for 10 %).</summary>
    public decimal Rate { get; init; }

    /// <summary>Decimal places the tax is rounded to; 0 or less means whole units (as the original reads it).</summary>
    public int RoundDigit { get; init; }

    /// <summary>One of <see cref="RoundMethods"/>; null leaves the tax unrounded (an exempt tax).</summary>
    public string? RoundMethod { get; init; }
}
