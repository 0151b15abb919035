using Kugelpos.Actors.Contracts.Terminals;
using Kugelpos.Cart.Abstractions;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Carts;

/// <summary>The transaction log a bill or cancel makes of the cart (the original's create_tranlog_async).</summary>
public static class CartLogs
{
    /// <summary>
    /// The cart stamped with the terminal's numbers and session: transaction and receipt number, open
    /// and business counters, and the staff signed in now, as the original takes them from the
    /// terminal when it logs; the business date stays the cart's, as there.
    /// </summary>
    /// <param name="cart">The cart, prepared for its log.</param>
    /// <param name="numbers">The terminal's numbers.</param>
    public static CartDocument Numbered(CartDocument cart, TransactionNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(numbers);
        return cart with
        {
            TransactionNo = numbers.TransactionNo,
            ReceiptNo = numbers.ReceiptNo,
            OpenCounter = numbers.OpenCounter,
            BusinessCounter = numbers.BusinessCounter,
            Staff = new TransactionStaff { Id = numbers.Staff.StaffId, Name = numbers.Staff.StaffName },
        };
    }

    /// <summary>The log of a numbered cart, with the receipt settings in its additional_info; its texts are the receipt plugin's to render.</summary>
    /// <param name="cart">The numbered cart.</param>
    /// <param name="pending">The log under way, whose event id it takes.</param>
    public static TransactionLog Log(CartDocument cart, CartPendingLog pending)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(pending);
        return CartTransactionLog.From(cart, pending.EventId) with { AdditionalInfo = ReceiptSettings.AdditionalInfo(cart) };
    }
}
