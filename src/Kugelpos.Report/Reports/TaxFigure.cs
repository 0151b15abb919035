namespace Kugelpos.Report.Reports;

/// <summary>One tax's total (the original's <c>TaxReportTemplate</c>).</summary>
/// <param name="TaxName">The tax's name.</param>
/// <param name="TaxAmount">The tax.</param>
/// <param name="TargetAmount">The amount taxed.</param>
/// <param name="TargetQuantity">The items taxed.</param>
public sealed record TaxFigure(string? TaxName, decimal TaxAmount, decimal TargetAmount, int TargetQuantity);
