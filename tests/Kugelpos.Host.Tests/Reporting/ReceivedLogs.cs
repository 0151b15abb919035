using Kugelpos.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Host.Tests.Reporting;

/// <summary>What the report stand-in received: every raw request body, and the logs its handlers read.</summary>
public sealed class ReceivedLogs
{
    private readonly Lock _gate = new();
    private readonly List<string> _rawBodies = [];
    private readonly List<OpenCloseLog> _openClose = [];
    private readonly List<CashInOutLog> _cash = [];
    private readonly List<TransactionLog> _transactions = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>Every body posted to the stand-in, exactly as its sidecar sent it (the CloudEvent envelope included).</summary>
    public IReadOnlyList<string> RawBodies
    {
        get
        {
            lock (_gate)
            {
                return [.. _rawBodies];
            }
        }
    }

    /// <summary>The open/close logs handled, in arrival order.</summary>
    public IReadOnlyList<OpenCloseLog> OpenClose
    {
        get
        {
            lock (_gate)
            {
                return [.. _openClose];
            }
        }
    }

    /// <summary>The cash logs handled, in arrival order.</summary>
    public IReadOnlyList<CashInOutLog> Cash
    {
        get
        {
            lock (_gate)
            {
                return [.. _cash];
            }
        }
    }

    /// <summary>The transaction logs handled, in arrival order.</summary>
    public IReadOnlyList<TransactionLog> Transactions
    {
        get
        {
            lock (_gate)
            {
                return [.. _transactions];
            }
        }
    }

    /// <summary>Completes once <paramref name="openClose"/> open/close logs and <paramref name="cash"/> cash logs of <paramref name="tenantId"/> arrived.</summary>
    public Task WhenReceivedAsync(string tenantId, int openClose, int cash, CancellationToken cancellationToken) =>
        WhenAsync(() => _openClose.Count(l => l.TenantId == tenantId) >= openClose && _cash.Count(l => l.TenantId == tenantId) >= cash, cancellationToken);

    /// <summary>Completes once a transaction log matching <paramref name="match"/> arrived.</summary>
    public Task WhenTransactionAsync(Func<TransactionLog, bool> match, CancellationToken cancellationToken) =>
        WhenAsync(() => _transactions.Any(match), cancellationToken);

    internal void AddRaw(string body) => Change(() => _rawBodies.Add(body));

    internal void Add(OpenCloseLog log) => Change(() => _openClose.Add(log));

    internal void Add(CashInOutLog log) => Change(() => _cash.Add(log));

    internal void Add(TransactionLog log) => Change(() => _transactions.Add(log));

    // The condition reads the lists under the gate, as each change re-checks it there.
    private Task WhenAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    private void Change(Action change)
    {
        List<TaskCompletionSource> met;
        lock (_gate)
        {
            change();
            met = [.. _waiters.Where(w => w.Condition()).Select(w => w.Done)];
            _waiters.RemoveAll(w => met.Contains(w.Done));
        }

        foreach (var done in met)
        {
            done.TrySetResult();
        }
    }
}
