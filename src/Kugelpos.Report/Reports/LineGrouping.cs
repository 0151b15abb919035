using Kugelpos.Receipts;

namespace Kugelpos.Report.Reports;

/// <summary>What sets the category report and the item report apart: how a category's lines are answered, and the slip.</summary>
/// <typeparam name="TCategory">What a category answers.</typeparam>
/// <param name="Type">The <c>report_type</c> it answers.</param>
/// <param name="Category">A category from its code, its signed lines and their totals.</param>
/// <param name="Print">The report's slip from the report, its header, its scope and the time on the store's clock.</param>
internal sealed record LineGrouping<TCategory>(
    string Type,
    Func<string, IReadOnlyList<SignedLine>, LineTotals, TCategory> Category,
    Func<LineReportView<TCategory>, ReportHeader, string, DateTimeOffset, ReceiptData> Print);
