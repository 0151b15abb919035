namespace Kugelpos.MasterData.Taxes;

/// <summary>A tax as the API returns it (OpenAPI schema <c>TaxMasterResponse</c>), with the original's field names and values.</summary>
/// <param name="TaxCode">The code items and categories refer to, e.g. <c>01</c>.</param>
/// <param name="TaxType">One of <see cref="TaxTypes"/>.</param>
/// <param name="TaxName">The name printed on receipts.</param>
/// <param name="Rate">The rate in percent (10.0 for 10%).</param>
/// <param name="RoundDigit">The original's rounding position: 0 and -1 both mean whole units in its arithmetic.</param>
/// <param name="RoundMethod">One of <see cref="RoundMethods"/>, or null for an exempt tax.</param>
/// <param name="EntryDatetime">Always null: the tax master is configuration, not a stored document.</param>
/// <param name="LastUpdateDatetime">Always null, as <paramref name="EntryDatetime"/>.</param>
public sealed record TaxView(
    string TaxCode,
    string TaxType,
    string TaxName,
    decimal Rate,
    int RoundDigit,
    string? RoundMethod,
    string? EntryDatetime = null,
    string? LastUpdateDatetime = null);
