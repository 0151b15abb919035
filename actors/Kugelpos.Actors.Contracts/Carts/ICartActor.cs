using Dapr.Actors;

namespace Kugelpos.Actors.Contracts.Carts;

/// <summary>
/// One cart (type <see cref="CartActorType.Name"/>, id = cart id), hosted by the cart service: its
/// document under the state machine of DOMAIN.md, kept in the <c>cartstore</c> actor state store
/// with a TTL renewed on every change.
/// </summary>
/// <remarks>
/// Call it through <see cref="CartActorClient"/>: the cart document (whose parts carry JSON
/// extension data) travels as JSON, not through remoting's data contracts. Refusals are replies,
/// not exceptions: by the cart's state (400, naming the state and the operation), by a cart rule
/// (its status, code and field), or a cart that does not exist (404). A refused operation changes
/// nothing. The master data an operation needs comes in its request, read by the caller.
/// </remarks>
public interface ICartActor : IActor
{
    /// <summary>Creates the cart; refused when it exists already.</summary>
    Task<CartReply> CreateAsync(CreateCartRequest request);

    /// <summary>The cart as stored.</summary>
    Task<CartReply> GetAsync();

    /// <summary>Adds line items.</summary>
    Task<CartReply> AddItemsAsync(AddItemsRequest request);

    /// <summary>Changes a line's quantity.</summary>
    Task<CartReply> ChangeQuantityAsync(ChangeQuantityRequest request);

    /// <summary>Changes a line's unit price.</summary>
    Task<CartReply> ChangeUnitPriceAsync(ChangeUnitPriceRequest request);

    /// <summary>Cancels a line.</summary>
    Task<CartReply> CancelLineAsync(CancelLineRequest request);

    /// <summary>Replaces a line's discounts.</summary>
    Task<CartReply> AddLineDiscountsAsync(LineDiscountsRequest request);

    /// <summary>Closes item entry and totals the cart for payment.</summary>
    Task<CartReply> SubtotalAsync();

    /// <summary>Replaces the subtotal's discounts.</summary>
    Task<CartReply> AddSubtotalDiscountsAsync(SubtotalDiscountsRequest request);

    /// <summary>Takes payments through the payment plugins of their codes.</summary>
    Task<CartReply> AddPaymentsAsync(AddPaymentsRequest request);

    /// <summary>Goes back from payment to item entry; the payments are dropped.</summary>
    Task<CartReply> ResumeItemEntryAsync();

    /// <summary>
    /// Bills the sale: refused while a balance is due; numbers the transaction at the terminal, records
    /// and publishes its log, and completes the cart. Idempotent: a retried bill of a completed cart
    /// answers the same transaction, and a retry after a crash finishes the first attempt's log.
    /// </summary>
    Task<CartReply> BillAsync();

    /// <summary>
    /// Cancels the sale: numbers it at the terminal, records and publishes its log flagged cancelled,
    /// and moves the cart to Cancelled; idempotent as <see cref="BillAsync"/>.
    /// </summary>
    Task<CartReply> CancelAsync();
}
