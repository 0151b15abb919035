using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Report.Reports;

/// <summary>The transactions every report type counts: sales, returns and their voids, cancelled sales left out.</summary>
internal static class ReportedTransactions
{
    private static readonly TransactionType[] Reported =
        [TransactionType.NormalSales, TransactionType.ReturnSales, TransactionType.VoidSales, TransactionType.VoidReturn];

    public static List<TransactionLog> Of(IEnumerable<TransactionLog> logs) =>
        [.. logs.Where(l => l.TransactionType is { } type && Reported.Contains(type) && !(l.Sales?.IsCancelled ?? false))];

    /// <summary>+1 for sales and voided returns, -1 for returns and voided sales.</summary>
    public static int Factor(TransactionLog log) =>
        log.TransactionType is TransactionType.ReturnSales or TransactionType.VoidSales ? -1 : 1;
}
