using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Abstractions.Masters;
using Kugelpos.ServiceDefaults.Errors;
using Kugelpos.ServiceDefaults.Responses;
using Kugelpos.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kugelpos.Cart.Carts;

/// <summary>
/// <c>/api/v1/carts/{cart_id}/lineItems</c>: add items (each read from master data with the store's
/// price, before the cart is touched), and a line's quantity, unit price, cancel and discounts.
/// </summary>
internal static class LineItemEndpoints
{
    public const string AddName = "add_items";
    public const string QuantityName = "update_item_quantity";
    public const string UnitPriceName = "update_item_unit_price";
    public const string CancelName = "cancel_line_item";
    public const string DiscountsName = "add_discount_to_line_item";

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> AddAsync(
        string cart_id, [FromBody] List<CartItemRequest> lineItems, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        ICartMasterData masterData, CartActorClient carts, CancellationToken cancellationToken)
    {
        var owner = CartAccess.Cart(caller, terminalId, cart_id);
        if (lineItems.Count == 0)
        {
            throw new KugelposException(StatusCodes.Status422UnprocessableEntity, KugelposErrorCodes.ValidationError, "At least one item is required", "lineItems");
        }

        var entries = new List<CartItemEntry>(lineItems.Count);
        foreach (var item in lineItems)
        {
            var master = await masterData.FindItemAsync(owner.TenantId, owner.StoreCode, item.ItemCode!, cancellationToken)
                ?? throw new KugelposException(StatusCodes.Status404NotFound, CartErrorCodes.ItemNotFound, $"Item not found: item_code->{item.ItemCode}", "itemCode");
            entries.Add(new CartItemEntry { Item = master, Quantity = item.Quantity!.Value, UnitPrice = item.UnitPrice });
        }

        var cart = CartReplies.Accepted(await carts.AddItemsAsync(cart_id, new AddItemsRequest { Items = entries }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Items added to cart. cart_id: {cart_id}", AddName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> QuantityAsync(
        string cart_id, int lineNo, ItemQuantityUpdateRequest request, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.ChangeQuantityAsync(
            cart_id, new ChangeQuantityRequest { LineNo = lineNo, Quantity = request.Quantity!.Value }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Quantity updated. cart_id: {cart_id}, line_no: {lineNo}", QuantityName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> UnitPriceAsync(
        string cart_id, int lineNo, ItemUnitPriceUpdateRequest request, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.ChangeUnitPriceAsync(
            cart_id, new ChangeUnitPriceRequest { LineNo = lineNo, UnitPrice = request.UnitPrice!.Value }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Unit price updated. cart_id: {cart_id}, line_no: {lineNo}", UnitPriceName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> CancelAsync(
        string cart_id, int lineNo, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.CancelLineAsync(cart_id, new CancelLineRequest { LineNo = lineNo }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Line item cancelled. cart_id: {cart_id}, lineNo: {lineNo}", CancelName);
    }

    public static async Task<JsonHttpResult<ApiResponse<CartView>>> DiscountsAsync(
        string cart_id, int lineNo, [FromBody] List<DiscountRequest> discounts, [FromQuery(Name = "terminal_id")] string? terminalId, KugelposCaller caller,
        CartActorClient carts, CancellationToken cancellationToken)
    {
        CartAccess.Cart(caller, terminalId, cart_id);
        var cart = CartReplies.Accepted(await carts.AddLineDiscountsAsync(
            cart_id, new LineDiscountsRequest { LineNo = lineNo, Discounts = CartDiscounts.Entries(discounts) }, cancellationToken));
        return ApiResults.Ok(CartView.From(cart), $"Discount added. cart_id: {cart_id}, line_no: {lineNo}", DiscountsName);
    }
}
