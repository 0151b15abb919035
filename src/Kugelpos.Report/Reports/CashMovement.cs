namespace Kugelpos.Report.Reports;

/// <summary>Cash put in or taken out of the drawer (the original's <c>CashInOutReportTemplate</c>).</summary>
/// <param name="Amount">The money; negative for cash out.</param>
/// <param name="Count">The movements.</param>
public sealed record CashMovement(decimal Amount, int Count);
