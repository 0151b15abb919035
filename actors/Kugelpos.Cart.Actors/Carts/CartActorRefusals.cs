using Kugelpos.Actors.Contracts.Carts;
using Kugelpos.Actors.Contracts.Terminals;
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

    // Once numbered, the cart's log is fixed: only the same operation again may finish it.
    public static CartRefusal LogUnderWay(CartPendingLog pending, CartDocument cart) => new()
    {
        StatusCode = CartStateRefusal.StatusCode,
        ErrorCode = CartErrorCodes.InvalidOperation,
        Message = $"The cart's {pending.Kind.ToString().ToLowerInvariant()} (transaction {cart.TransactionNo}) is under way; {pending.Kind.ToString().ToLowerInvariant()} again to finish it.",
        Field = "status",
        State = cart.State,
    };

    // The terminal numbers a log only while it is open with staff signed in (the original's 404001 / 404002).
    public static CartRefusal ByTerminal(TerminalRefusal? refusal, CartState state)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var (errorCode, field) = refusal.Code switch
        {
            TerminalRefusalCode.NotSignedIn => (CartErrorCodes.SignInOutError, "terminal_id"),
            TerminalRefusalCode.InvalidRequest => (CartErrorCodes.ValidationError, refusal.Field),
            _ => (CartErrorCodes.TerminalStatusError, "terminal_id"),
        };
        return new() { StatusCode = 400, ErrorCode = errorCode, Message = refusal.Message, Field = field, State = state };
    }

    // The original answers a payment code without a plugin as a failed plugin lookup; ours names the field.
    public static CartRuleException NoPaymentPlugin(string paymentCode) =>
        CartRefusals.InvalidValue("paymentCode", $"No payment method {paymentCode} is configured.");
}
