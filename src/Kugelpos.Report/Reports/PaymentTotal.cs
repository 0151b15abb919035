namespace Kugelpos.Report.Reports;

/// <summary>The payment report's totals.</summary>
/// <param name="Count">Transactions summed over the methods.</param>
/// <param name="Amount">Money summed over the methods.</param>
public sealed record PaymentTotal(int Count, decimal Amount);
