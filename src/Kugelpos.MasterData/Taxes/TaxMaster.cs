namespace Kugelpos.MasterData.Taxes;

/// <summary>
/// The tax master. As in the original it is configuration served to every tenant, not a document a
/// tenant creates: the default of DOMAIN.md (00 exempt; 01 external 10%; 02 internal 10%; 11 external
/// 8%; 12 internal 8%; rounded down to whole units), with the original's names and values.
/// </summary>
public static class TaxMaster
{
    /// <summary>Every tax, by code.</summary>
    public static IReadOnlyList<TaxView> All { get; } =
    [
        new("00", TaxTypes.Exempt, "非課税", 0.0m, 0, null),
        new("01", TaxTypes.External, "外税10%", 10.0m, -1, RoundMethods.Floor),
        new("02", TaxTypes.Internal, "内税10%", 10.0m, -1, RoundMethods.Floor),
        new("11", TaxTypes.External, "外税 8%", 8.0m, -1, RoundMethods.Floor),
        new("12", TaxTypes.Internal, "内税 8%", 8.0m, -1, RoundMethods.Floor),
    ];

    /// <summary>The tax with this code, or null.</summary>
    /// <param name="taxCode">The code.</param>
    public static TaxView? Find(string? taxCode) => All.FirstOrDefault(t => string.Equals(t.TaxCode, taxCode, StringComparison.Ordinal));
}
