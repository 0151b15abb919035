using System.Globalization;
using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Report.DailyInfo;
using Kugelpos.Report.Logs;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's check before a one-date daily report: every terminal that opened that day (in
/// the session asked for, else in each of its sessions) has closed, and the logs received match
/// the close log's counts (cash in/out logs and the last one's time, transaction logs, cancelled
/// ones included, and the last one's number). A terminal that never opened passes. Each session's
/// outcome is recorded in <c>info_daily</c>, and a session recorded as verified is not checked again.
/// </summary>
internal sealed class DailyCheck(ReportLogStore store, DailyInfoStore dailyInfo, TimeProvider time)
{
    /// <summary>What <c>info_daily</c> says of a session that passed.</summary>
    public const string VerifiedMessage = "All logs are received";

    public async Task EnsureClosedAsync(string tenantId, LogScope scope, CancellationToken cancellationToken)
    {
        var openClose = await store.OpenCloseAsync(tenantId, scope, cancellationToken);
        var cash = await store.CashAsync(tenantId, scope, cancellationToken);
        var transactions = await store.TransactionsAsync(tenantId, scope, cancellationToken);
        var sessions = openClose
            .Where(log => log.Operation == TerminalOperations.Open)
            .Select(log => (log.TerminalNo, log.OpenCounter))
            .Distinct()
            .OrderBy(session => session.TerminalNo).ThenBy(session => session.OpenCounter);
        List<string> problems = [];
        foreach (var session in sessions)
        {
            var recorded = await dailyInfo.GetAsync(tenantId, scope.StoreCode, session.TerminalNo, scope.DateFrom, session.OpenCounter, cancellationToken);
            if (recorded is { Verified: true })
            {
                continue;
            }

            var problem = Problem(
                session.TerminalNo,
                session.OpenCounter,
                [.. openClose.Where(l => InSession(l, session))],
                [.. cash.Where(l => InSession(l, session))],
                [.. transactions.Where(l => InSession(l, session))]);
            await dailyInfo.RecordAsync(
                new DailyInfoDocument
                {
                    TenantId = tenantId,
                    StoreCode = scope.StoreCode,
                    TerminalNo = session.TerminalNo,
                    BusinessDate = scope.DateFrom,
                    OpenCounter = session.OpenCounter,
                    Verified = problem is null,
                    VerifiedUpdateTime = StoreClock.Now(time).ToString("O", CultureInfo.InvariantCulture),
                    VerifiedMessage = problem ?? VerifiedMessage,
                },
                cancellationToken);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new KugelposException(
                StatusCodes.Status403Forbidden,
                ReportErrorCodes.TerminalNotClosed,
                $"Terminal is not closed, cannot generate report: {string.Join("; ", problems)}",
                "terminal_no");
        }
    }

    private static bool InSession(Contracts.TerminalEvent log, (int TerminalNo, int? OpenCounter) session) =>
        log.TerminalNo == session.TerminalNo && log.OpenCounter == session.OpenCounter;

    private static string? Problem(int terminalNo, int? openCounter, List<OpenCloseLog> openClose, List<CashInOutLog> cash, List<TransactionLog> transactions)
    {
        var where = $"terminal {terminalNo}, open counter {openCounter}";
        var close = openClose
            .Where(log => log.Operation == TerminalOperations.Close)
            .MaxBy(log => log.GenerateDateTime);
        if (close is null)
        {
            return $"{where}: no close log";
        }

        if (cash.Count != (close.CashInOutCount ?? 0))
        {
            return $"{where}: {cash.Count} of {close.CashInOutCount ?? 0} cash in/out logs received";
        }

        if (cash.Count > 0 && cash.MaxBy(log => log.GenerateDateTime)!.GenerateDateTime != close.CashInOutLastDateTime)
        {
            return $"{where}: the last cash in/out log is not the one the close log names";
        }

        if (transactions.Count != (close.CartTransactionCount ?? 0))
        {
            return $"{where}: {transactions.Count} of {close.CartTransactionCount ?? 0} transaction logs received";
        }

        if (transactions.Count > 0 && transactions.MaxBy(log => log.GenerateDateTime)!.TransactionNo != close.CartTransactionLastNo)
        {
            return $"{where}: the last transaction log is not transaction {close.CartTransactionLastNo}";
        }

        return null;
    }
}
