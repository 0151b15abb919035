namespace Kugelpos.Report.Reports;

/// <summary>The drawer (the original's <c>CashBalanceReportTemplate</c>).</summary>
/// <param name="LogicalAmount">Cash payments plus cash in plus cash out (negative).</param>
/// <param name="PhysicalAmount">The cash counted at close.</param>
/// <param name="DifferenceAmount">Physical minus logical.</param>
/// <param name="CashIn">Cash put in.</param>
/// <param name="CashOut">Cash taken out.</param>
public sealed record CashBalance(decimal LogicalAmount, decimal PhysicalAmount, decimal DifferenceAmount, CashMovement CashIn, CashMovement CashOut);
