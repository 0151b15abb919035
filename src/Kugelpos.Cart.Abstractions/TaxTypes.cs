namespace Kugelpos.Cart.Abstractions;

/// <summary>The original's tax types (kugel_common TaxType values).</summary>
public static class TaxTypes
{
    /// <summary>Tax added on top of the price.</summary>
    public const string External = "External";

    /// <summary>Tax included in the price.</summary>
    public const string Internal = "Internal";

    /// <summary>No tax.</summary>
    public const string Exempt = "Exempt";
}
