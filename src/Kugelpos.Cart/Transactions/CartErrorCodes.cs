namespace Kugelpos.Cart.Transactions;

/// <summary>The original cart's error codes (cart_error_codes.py) that transactions answer.</summary>
internal static class CartErrorCodes
{
    /// <summary>The transaction has been voided already.</summary>
    public const string AlreadyVoided = "403005";

    /// <summary>The transaction has been returned already.</summary>
    public const string AlreadyRefunded = "403006";

    /// <summary>The terminal is not in a state to number a transaction.</summary>
    public const string TerminalStatusError = "404001";
}
