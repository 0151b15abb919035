using Dapr.Actors;
using Dapr.Actors.Client;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>
/// The typed way to a <see cref="ICartActor"/>: its methods by name over the actor runtime's JSON
/// calls, so the cart document keeps its JSON shape on the way.
/// </summary>
/// <param name="proxies">The actor proxy factory of the calling service.</param>
public sealed class CartActorClient(IActorProxyFactory proxies)
{
    /// <summary>Creates the cart <paramref name="cartId"/>.</summary>
    public Task<CartReply> CreateAsync(string cartId, CreateCartRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.CreateAsync), request, cancellationToken);

    /// <summary>Reads the cart <paramref name="cartId"/>.</summary>
    public Task<CartReply> GetAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.GetAsync), cancellationToken);

    /// <summary>Adds line items.</summary>
    public Task<CartReply> AddItemsAsync(string cartId, AddItemsRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.AddItemsAsync), request, cancellationToken);

    /// <summary>Changes a line's quantity.</summary>
    public Task<CartReply> ChangeQuantityAsync(string cartId, ChangeQuantityRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.ChangeQuantityAsync), request, cancellationToken);

    /// <summary>Changes a line's unit price.</summary>
    public Task<CartReply> ChangeUnitPriceAsync(string cartId, ChangeUnitPriceRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.ChangeUnitPriceAsync), request, cancellationToken);

    /// <summary>Cancels a line.</summary>
    public Task<CartReply> CancelLineAsync(string cartId, CancelLineRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.CancelLineAsync), request, cancellationToken);

    /// <summary>Replaces a line's discounts.</summary>
    public Task<CartReply> AddLineDiscountsAsync(string cartId, LineDiscountsRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.AddLineDiscountsAsync), request, cancellationToken);

    /// <summary>Totals the cart for payment.</summary>
    public Task<CartReply> SubtotalAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.SubtotalAsync), cancellationToken);

    /// <summary>Replaces the subtotal's discounts.</summary>
    public Task<CartReply> AddSubtotalDiscountsAsync(string cartId, SubtotalDiscountsRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.AddSubtotalDiscountsAsync), request, cancellationToken);

    /// <summary>Takes payments.</summary>
    public Task<CartReply> AddPaymentsAsync(string cartId, AddPaymentsRequest request, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.AddPaymentsAsync), request, cancellationToken);

    /// <summary>Goes back to item entry.</summary>
    public Task<CartReply> ResumeItemEntryAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.ResumeItemEntryAsync), cancellationToken);

    /// <summary>Bills the sale; a retry answers the same transaction.</summary>
    public Task<CartReply> BillAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.BillAsync), cancellationToken);

    /// <summary>Cancels the sale; a retry answers the same transaction.</summary>
    public Task<CartReply> CancelAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call(cartId, nameof(ICartActor.CancelAsync), cancellationToken);

    private Task<CartReply> Call<TRequest>(string cartId, string method, TRequest request, CancellationToken cancellationToken) =>
        Proxy(cartId).InvokeMethodAsync<TRequest, CartReply>(method, request, cancellationToken);

    private Task<CartReply> Call(string cartId, string method, CancellationToken cancellationToken) =>
        Proxy(cartId).InvokeMethodAsync<CartReply>(method, cancellationToken);

    private ActorProxy Proxy(string cartId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return proxies.Create(new ActorId(cartId), CartActorType.Name);
    }
}
