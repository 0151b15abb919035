using System.Globalization;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>What names one transaction log: its tenant, store, terminal and transaction number.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="StoreCode">The store.</param>
/// <param name="TerminalNo">The terminal within the store.</param>
/// <param name="TransactionNo">The terminal's transaction number.</param>
public sealed record TransactionKey(string TenantId, string StoreCode, int TerminalNo, int TransactionNo)
{
    /// <summary>
    /// The id of the transaction's actor, <c>{tenant}-{store}-{terminal_no}-{transaction_no}</c>:
    /// the terminal id followed by the number. Read from the right, since a store code may hold '-'.
    /// </summary>
    public string ActorId => string.Create(CultureInfo.InvariantCulture, $"{TenantId}-{StoreCode}-{TerminalNo}-{TransactionNo}");

    /// <summary>The id of the documents about it within the tenant's database.</summary>
    public string DocumentId => string.Create(CultureInfo.InvariantCulture, $"{StoreCode}-{TerminalNo}-{TransactionNo}");

    /// <summary>The key of a log that carries its numbers.</summary>
    /// <exception cref="ArgumentException">The log has no transaction number.</exception>
    public static TransactionKey Of(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var transactionNo = log.TransactionNo ?? throw new ArgumentException("A transaction log to record needs its transaction_no.", nameof(log));
        return new TransactionKey(log.TenantId, log.StoreCode, log.TerminalNo, transactionNo);
    }

    /// <summary>The key in an actor id made by <see cref="ActorId"/>; null when it is not one.</summary>
    public static TransactionKey? FromActorId(string actorId)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        var parts = actorId.Split('-');
        if (parts.Length < 4
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var transactionNo)
            || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var terminalNo))
        {
            return null;
        }

        return new TransactionKey(parts[0], string.Join('-', parts[1..^2]), terminalNo, transactionNo);
    }
}
