using Dapr.Actors;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>
/// One transaction log (type <see cref="TransactionActorType.Name"/>, id
/// <see cref="TransactionKey.ActorId"/>), hosted by the cart service: records the log durably and
/// publishes it on <c>topic-tranlog</c> through its outbox, and serialises the voids and returns
/// of that transaction, so two racing requests cannot both reverse it.
/// </summary>
/// <remarks>
/// Call it through <see cref="TransactionActorClient"/>: the wire records (the TransactionLog with
/// its JSON extension data) travel as JSON, not through remoting's data contracts. Refusals are
/// replies, not exceptions, as with <see cref="ITerminalActor"/>.
/// </remarks>
public interface ITransactionActor : IActor
{
    /// <summary>
    /// Stores <paramref name="log"/> (a bill, a cancel, a void or a return, numbered already) and
    /// publishes it with its event id. Idempotent: a retried record answers the log stored first and
    /// publishes nothing new.
    /// </summary>
    Task<TransactionReply> RecordAsync(TransactionLog log);

    /// <summary>Voids the transaction: a normal sale (101) becomes a void (201), a return (102) a void of the return (202).</summary>
    Task<TransactionReply> VoidAsync(ReversalRequest request);

    /// <summary>Returns a normal sale (101) as a return (102).</summary>
    Task<TransactionReply> ReturnAsync(ReversalRequest request);

    /// <summary>Clears the refund mark after the return numbered <paramref name="returnTransactionNo"/> was voided, so the sale may be returned again.</summary>
    Task ClearRefundAsync(int returnTransactionNo);

    /// <summary>Records a subscriber's delivery status of the log; false when the log is not pending (settled or unknown).</summary>
    Task<bool> UpdateDeliveryStatusAsync(DeliveryStatusRequest request);
}
