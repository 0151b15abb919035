namespace Kugelpos.Cart.MasterData;

/// <summary>A tax as master data's <c>.../taxes</c> answers it.</summary>
/// <param name="TaxCode">The code items refer to.</param>
/// <param name="TaxType">External, Internal or Exempt.</param>
/// <param name="TaxName">The name printed on receipts.</param>
/// <param name="Rate">The rate in percent (10.0 for 10%).</param>
/// <param name="RoundDigit">The original's rounding position.</param>
/// <param name="RoundMethod">Floor, Ceil or Round; null for an exempt tax.</param>
public sealed record MasterTax(string TaxCode, string TaxType, string TaxName, decimal Rate, int RoundDigit, string? RoundMethod);
