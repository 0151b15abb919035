namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// The refusals of the cart rules with the original's codes and HTTP statuses (cart_exceptions.py:
/// discount refusals 400, balance and deposit refusals 406), so every rule and plugin refuses the same
/// way. Field names are the request's camelCase names.
/// </summary>
public static class CartRefusals
{
    /// <summary>A value outside its range, or of an unknown kind (422, 300001).</summary>
    /// <param name="field">The field.</param>
    /// <param name="message">Why.</param>
    public static CartRuleException InvalidValue(string field, string message) =>
        new(422, CartErrorCodes.ValidationError, message, field);

    /// <summary>No line with this number (404, 100001).</summary>
    /// <param name="lineNo">The line number asked for.</param>
    public static CartRuleException LineNotFound(int lineNo) =>
        new(404, CartErrorCodes.ResourceNotFound, $"The cart has no line {lineNo}.", "lineNo");

    /// <summary>The item refuses discounts (400, 402005).</summary>
    /// <param name="lineNo">The line.</param>
    public static CartRuleException DiscountRestricted(int lineNo) =>
        new(400, CartErrorCodes.DiscountRestriction, $"Line {lineNo} is an item that refuses discounts.", "lineNo");

    /// <summary>A line discount larger than what is left of the line (400, 402002).</summary>
    /// <param name="lineNo">The line.</param>
    public static CartRuleException AmountLessThanDiscount(int lineNo) =>
        new(400, CartErrorCodes.AmountLessThanDiscount, $"The discount is larger than the amount of line {lineNo}.", "discountValue");

    /// <summary>A subtotal discount larger than the balance (400, 402003).</summary>
    public static CartRuleException BalanceLessThanDiscount() =>
        new(400, CartErrorCodes.BalanceLessThanDiscount, "The discount is larger than the balance.", "discountValue");

    /// <summary>A subtotal discount that cannot be allocated to the lines (400, 402004).</summary>
    public static CartRuleException DiscountAllocation() =>
        new(400, CartErrorCodes.DiscountAllocationError, "The subtotal discount cannot be allocated to the lines.", "discountValue");

    /// <summary>Nothing left to pay (406, 403001).</summary>
    public static CartRuleException BalanceZero() =>
        new(406, CartErrorCodes.BalanceZero, "The balance is already zero.", "balanceAmount");

    /// <summary>Something left to pay (406, 403002).</summary>
    public static CartRuleException BalanceGreaterThanZero() =>
        new(406, CartErrorCodes.BalanceGreaterThanZero, "The balance is greater than zero.", "balanceAmount");

    /// <summary>The payment would take the balance below zero (406, 403003).</summary>
    public static CartRuleException BalanceMinus() =>
        new(406, CartErrorCodes.BalanceMinus, "The payment would take the balance below zero.", "amount");

    /// <summary>More handed over than the balance with a method that gives no change (406, 403004).</summary>
    public static CartRuleException DepositOver() =>
        new(406, CartErrorCodes.DepositOver, "The amount is more than the balance.", "amount");

    /// <summary>A payment method that is switched off (400, 300004).</summary>
    /// <param name="paymentCode">The payment code.</param>
    public static CartRuleException PaymentInactive(string paymentCode) =>
        new(400, CartErrorCodes.InvalidOperation, $"Payment method {paymentCode} is not active.", "paymentCode");
}
