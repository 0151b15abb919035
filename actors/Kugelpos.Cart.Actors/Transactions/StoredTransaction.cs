using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>A stored transaction log with its status.</summary>
/// <param name="Log">The log as recorded, its is_voided / is_refunded taken from <paramref name="Status"/>.</param>
/// <param name="Status">What has happened to it since.</param>
public sealed record StoredTransaction(TransactionLog Log, TransactionStatus Status);
