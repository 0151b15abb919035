using Kugelpos.Report.Journal;

namespace Kugelpos.Report.Reports;

/// <summary>What a report request needs, taken as one parameter: the makers, the daily check and the journal.</summary>
internal sealed record ReportMakers(SalesReportMaker Sales, DailyCheck Check, ReportJournal Journal);
