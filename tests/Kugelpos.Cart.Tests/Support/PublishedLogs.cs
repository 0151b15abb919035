using System.Threading.Channels;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Tests.Support;

/// <summary>The transaction logs a test subscriber of <c>topic-tranlog</c> is handed, every delivery in arrival order.</summary>
internal sealed class PublishedLogs
{
    private readonly Channel<TransactionLog> _arrivals = Channel.CreateUnbounded<TransactionLog>();

    /// <summary>The next <paramref name="count"/> deliveries, as they arrive.</summary>
    public async Task<IReadOnlyList<TransactionLog>> NextAsync(int count, CancellationToken cancellationToken)
    {
        var taken = new List<TransactionLog>(count);
        while (taken.Count < count)
        {
            taken.Add(await _arrivals.Reader.ReadAsync(cancellationToken));
        }

        return taken;
    }

    /// <summary>Keeps one delivery of <paramref name="log"/>.</summary>
    public void Add(TransactionLog log) => _arrivals.Writer.TryWrite(log);
}
