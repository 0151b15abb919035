using Kugelpos.Report.Journal;

namespace Kugelpos.Report.Reports;

/// <summary>What a report request needs, taken as one parameter: the report types, the daily check and the journal.</summary>
internal sealed class ReportMakers(IEnumerable<IReportMaker> makers, DailyCheck check, ReportJournal journal)
{
    private readonly Dictionary<string, IReportMaker> _byType = makers.ToDictionary(maker => maker.Type, StringComparer.Ordinal);

    public DailyCheck Check => check;

    public ReportJournal Journal => journal;

    public IReportMaker? For(string type) => _byType.GetValueOrDefault(type);
}
