namespace Kugelpos.Report.Reports;

/// <summary>One payment method's total (the original's <c>PaymentReportTemplate</c>).</summary>
/// <param name="PaymentName">The payment's description.</param>
/// <param name="Amount">The money paid.</param>
/// <param name="Count">The payments made.</param>
public sealed record PaymentFigure(string? PaymentName, decimal Amount, int Count);
