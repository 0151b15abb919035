namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// The six-digit error codes a cart refusal carries: the original's cart codes
/// (cart/app/exceptions/cart_error_codes.py) and the general codes it falls back on.
/// </summary>
public static class CartErrorCodes
{
    /// <summary>The cart could not be created (401001).</summary>
    public const string CartCreateError = "401001";

    /// <summary>No such cart (401002).</summary>
    public const string CartNotFound = "401002";

    /// <summary>The cart could not be saved (401003).</summary>
    public const string CartSaveError = "401003";

    /// <summary>No such item (402001).</summary>
    public const string ItemNotFound = "402001";

    /// <summary>A line discount is larger than the line amount (402002).</summary>
    public const string AmountLessThanDiscount = "402002";

    /// <summary>A subtotal discount is larger than the balance (402003).</summary>
    public const string BalanceLessThanDiscount = "402003";

    /// <summary>A subtotal discount could not be allocated to the lines (402004).</summary>
    public const string DiscountAllocationError = "402004";

    /// <summary>The item refuses discounts (402005).</summary>
    public const string DiscountRestriction = "402005";

    /// <summary>Nothing is left to pay (403001).</summary>
    public const string BalanceZero = "403001";

    /// <summary>Something is still to pay (403002).</summary>
    public const string BalanceGreaterThanZero = "403002";

    /// <summary>The payment would take the balance below zero (403003).</summary>
    public const string BalanceMinus = "403003";

    /// <summary>More was handed over than the balance, with a method that gives no change (403004).</summary>
    public const string DepositOver = "403004";

    /// <summary>The transaction is already voided (403005).</summary>
    public const string AlreadyVoided = "403005";

    /// <summary>The transaction is already returned (403006).</summary>
    public const string AlreadyRefunded = "403006";

    /// <summary>The terminal is not open (404001).</summary>
    public const string TerminalStatusError = "404001";

    /// <summary>No staff member is signed in (404002).</summary>
    public const string SignInOutError = "404002";

    /// <summary>
    /// The general "not found" (100001), for a line number or code the cart does not have. Same
    /// value as ServiceDefaults' KugelposErrorCodes, which this small assembly may not reference.
    /// </summary>
    public const string ResourceNotFound = "100001";

    /// <summary>The general validation error (300001), for a value out of range or of an unknown kind.</summary>
    public const string ValidationError = "300001";

    /// <summary>The general "operation not allowed" (300004), e.g. a payment method that is switched off.</summary>
    public const string InvalidOperation = "300004";

    /// <summary>Another service the cart depends on (master data) could not answer (404003).</summary>
    public const string ExternalServiceError = "404003";
}
