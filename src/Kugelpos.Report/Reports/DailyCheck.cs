using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Report.Logs;
using Kugelpos.ServiceDefaults.Errors;

namespace Kugelpos.Report.Reports;

/// <summary>
/// The original's check before a one-date daily report: every terminal that opened that day (in
/// the session asked for, else in each of its sessions) has closed, and the logs received match
/// the close log's counts (cash in/out logs and the last one's time, transaction logs, cancelled
/// ones included, and the last one's number). A terminal that never opened passes.
/// </summary>
internal sealed class DailyCheck(ReportLogStore store)
{
    public async Task EnsureClosedAsync(string tenantId, LogScope scope, CancellationToken cancellationToken)
    {
        var openClose = await store.OpenCloseAsync(tenantId, scope, cancellationToken);
        var cash = await store.CashAsync(tenantId, scope, cancellationToken);
        var transactions = await store.TransactionsAsync(tenantId, scope, cancellationToken);
        var problems = openClose
            .Where(log => log.Operation == TerminalOperations.Open)
            .Select(log => (log.TerminalNo, log.OpenCounter))
            .Distinct()
            .OrderBy(session => session.TerminalNo).ThenBy(session => session.OpenCounter)
            .Select(session => Problem(
                session.TerminalNo,
                session.OpenCounter,
                [.. openClose.Where(l => InSession(l, session))],
                [.. cash.Where(l => InSession(l, session))],
                [.. transactions.Where(l => InSession(l, session))]))
            .OfType<string>()
            .ToList();
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
