namespace Kugelpos.Report.Reports;

/// <summary>One report type of the original (its <c>report_makers</c> plugins).</summary>
internal interface IReportMaker
{
    /// <summary>The <c>report_type</c> it answers.</summary>
    string Type { get; }

    Task<IReportView> MakeAsync(string tenantId, ReportRequest request, CancellationToken cancellationToken);
}
