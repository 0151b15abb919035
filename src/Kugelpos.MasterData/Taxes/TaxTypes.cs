namespace Kugelpos.MasterData.Taxes;

/// <summary>The original's tax types (<c>TaxType</c> enum values).</summary>
public static class TaxTypes
{
    /// <summary>Added to the price.</summary>
    public const string External = "External";

    /// <summary>Included in the price.</summary>
    public const string Internal = "Internal";

    /// <summary>No tax.</summary>
    public const string Exempt = "Exempt";
}
