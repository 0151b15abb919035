using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Cart.Actors.StateMachine;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>The cart actor's refusals as wire records.</summary>
internal static class CartActorRefusals
{
    public static CartRefusal NotFound(string cartId) => new()
    {
        StatusCode = 404,
        ErrorCode = CartErrorCodes.CartNotFound,
        Message = $"Cart {cartId} was not found.",
        Field = "cartId",
    };

    public static CartRefusal ByState(CartStateRefusal refusal) => new()
    {
        StatusCode = CartStateRefusal.StatusCode,
        ErrorCode = refusal.ErrorCode,
        Message = refusal.Message,
        Field = "status",
        State = refusal.State,
        Operation = refusal.Operation.ToString(),
    };

    public static CartRefusal ByRule(CartRuleException refusal, CartState state) => new()
    {
        StatusCode = refusal.StatusCode,
        ErrorCode = refusal.ErrorCode,
        Message = refusal.Message,
        Field = refusal.Field,
        State = state,
    };

    // The original answers a payment code without a plugin as a failed plugin lookup; ours names the field.
    public static CartRuleException NoPaymentPlugin(string paymentCode) =>
        CartRefusals.InvalidValue("paymentCode", $"No payment method {paymentCode} is configured.");
}
