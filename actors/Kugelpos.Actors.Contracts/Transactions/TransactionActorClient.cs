using Dapr.Actors;
using Dapr.Actors.Client;
using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Actors.Contracts.Transactions;

/// <summary>
/// The typed way to a <see cref="ITransactionActor"/>: its methods by name over the actor runtime's
/// JSON calls, so the TransactionLog keeps its JSON shape on the way.
/// </summary>
/// <param name="proxies">The actor proxy factory of the calling service.</param>
public sealed class TransactionActorClient(IActorProxyFactory proxies)
{
    /// <summary>Records <paramref name="log"/> at its own actor: stored once, published once.</summary>
    public Task<TransactionReply> RecordAsync(TransactionLog log, CancellationToken cancellationToken = default) =>
        Proxy(TransactionKey.Of(log)).InvokeMethodAsync<TransactionLog, TransactionReply>(nameof(ITransactionActor.RecordAsync), log, cancellationToken);

    /// <summary>Voids the transaction <paramref name="key"/>.</summary>
    public Task<TransactionReply> VoidAsync(TransactionKey key, ReversalRequest request, CancellationToken cancellationToken = default) =>
        Proxy(key).InvokeMethodAsync<ReversalRequest, TransactionReply>(nameof(ITransactionActor.VoidAsync), request, cancellationToken);

    /// <summary>Returns the transaction <paramref name="key"/>.</summary>
    public Task<TransactionReply> ReturnAsync(TransactionKey key, ReversalRequest request, CancellationToken cancellationToken = default) =>
        Proxy(key).InvokeMethodAsync<ReversalRequest, TransactionReply>(nameof(ITransactionActor.ReturnAsync), request, cancellationToken);

    /// <summary>Clears the refund mark of the sale <paramref name="key"/>.</summary>
    public Task ClearRefundAsync(TransactionKey key, int returnTransactionNo, CancellationToken cancellationToken = default) =>
        Proxy(key).InvokeMethodAsync(nameof(ITransactionActor.ClearRefundAsync), returnTransactionNo, cancellationToken);

    /// <summary>Passes a subscriber's report on the log <paramref name="key"/>.</summary>
    public Task<bool> UpdateDeliveryStatusAsync(TransactionKey key, DeliveryStatusRequest request, CancellationToken cancellationToken = default) =>
        Proxy(key).InvokeMethodAsync<DeliveryStatusRequest, bool>(nameof(ITransactionActor.UpdateDeliveryStatusAsync), request, cancellationToken);

    private ActorProxy Proxy(TransactionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return proxies.Create(new ActorId(key.ActorId), TransactionActorType.Name);
    }
}
