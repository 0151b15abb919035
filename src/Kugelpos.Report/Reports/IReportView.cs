namespace Kugelpos.Report.Reports;

/// <summary>What every report answers besides its figures: its slip and journal text, when rendered.</summary>
public interface IReportView
{
    /// <summary>The report as a printer slip; null when none is rendered.</summary>
    string? ReceiptText { get; }

    /// <summary>The report as journal text; null when none is rendered.</summary>
    string? JournalText { get; }
}
