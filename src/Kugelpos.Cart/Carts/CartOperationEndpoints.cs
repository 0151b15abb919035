using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.Cart.MasterData;
using Kugelpos.Cart.Transactions;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// <c>/api/v1/carts/{cart_id}</c> and its whole-cart operations: get, subtotal, subtotal discounts,
/// payments (each method read from master data first), resume item entry, bill and cancel.
/// </summary>
internal static class CartOperationEndpoints
{
    public const string GetName = "get_cart";
    public const string SubtotalName = "subtotal";
    public const string DiscountsName = "discount_to_cart";
    public const string PaymentsName = "payments";
    public const string ResumeName = "resume_item_entry";
    public const string CancelName = "cancel_transaction";
    public const string BillName = "bill";

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> GetAsync(
        string cart_id, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.GetAsync(cart_id, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Cart found. cart_id: {cart_id}", GetName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> SubtotalAsync(
        string cart_id, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.SubtotalAsync(cart_id, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Subtotal calculated. cart_id: {cart_id}", SubtotalName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> DiscountsAsync(
        string cart_id, [FromBody] List<DiscountRequest> discounts, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.AddSubtotalDiscountsAsync(
            cart_id, new SubtotalDiscountsRequest { Discounts = CartDiscounts.Entries(discounts) }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Discount added. cart_id: {cart_id}", DiscountsName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> PaymentsAsync(
        string cart_id, [FromBody] List<PaymentRequest> payments, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        ICartMasterData masterData, CartActorClient carts, CancellationToken cancellationToken)
    {
        var owner = CartAccess.Cart(caller, terminalId, cart_id);
        if (payments.Count == 0)
        {
            throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, "At least one payment is required", "payments");
        }

        var entries = new List<CartPaymentEntry>(payments.Count);
        foreach (var payment in payments)
        {
            var method = await KnownPayments.RequireAsync(masterData, owner.TenantId, payment.PaymentCode!, cancellationToken);
            entries.Add(new CartPaymentEntry { Method = method, Amount = payment.Amount!.Value, Detail = payment.Detail });
        }

        var cart = CartReplies.Accepted(await carts.AddPaymentsAsync(cart_id, new AddPaymentsRequest { Payments = entries }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Payment processed. cart_id: {cart_id}", PaymentsName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> ResumeItemEntryAsync(
        string cart_id, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.ResumeItemEntryAsync(cart_id, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Item entry resumed. cart_id: {cart_id}", ResumeName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> BillAsync(
        string cart_id, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.BillAsync(cart_id, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Bill processed. cart_id: {cart_id}", BillName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> CancelAsync(
        string cart_id, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller, CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.CancelAsync(cart_id, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Cart Cancelled. cart_id: {cart_id}", CancelName);
    }
}
