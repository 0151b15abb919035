using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Abstractions;

/// <summary>
/// Turns a cart into the transaction log it publishes (the original's tran_service copies the cart
/// into a BaseTransaction the same way). The cart-only parts stay behind: the line extras, the master
/// snapshots, the state, subtotal and balance.
/// </summary>
public static class CartTransactionLog
{
    /// <summary>The transaction log of a billed or cancelled cart.</summary>
    /// <param name="cart">The cart, with its numbers, generate time and texts already set.</param>
    /// <param name="eventId">The log's unique event id.</param>
    public static TransactionLog From(CartDocument cart, Guid eventId)
    {
        ArgumentNullException.ThrowIfNull(cart);
        return new TransactionLog
        {
            EventId = eventId,
            TenantId = cart.TenantId,
            StoreCode = cart.StoreCode,
            StoreName = cart.StoreName,
            TerminalNo = cart.TerminalNo,
            BusinessDate = cart.BusinessDate,
            OpenCounter = cart.OpenCounter,
            BusinessCounter = cart.BusinessCounter,
            GenerateDateTime = cart.GenerateDateTime,
            ReceiptText = cart.ReceiptText,
            JournalText = cart.JournalText,
            TransactionNo = cart.TransactionNo,
            TransactionType = cart.TransactionType,
            ReceiptNo = cart.ReceiptNo,
            User = cart.User,
            Staff = cart.Staff,
            Sales = cart.Sales,
            LineItems = [.. cart.LineItems.Select(ToTransactionLine)],
            Payments = cart.Payments,
            Taxes = cart.Taxes,
            SubtotalDiscounts = cart.SubtotalDiscounts,
        };
    }

    private static TransactionLineItem ToTransactionLine(CartLineItem line) => new()
    {
        LineNo = line.LineNo,
        ItemCode = line.ItemCode,
        CategoryCode = line.CategoryCode,
        Description = line.Description,
        DescriptionShort = line.DescriptionShort,
        UnitPrice = line.UnitPrice,
        UnitPriceOriginal = line.UnitPriceOriginal,
        IsUnitPriceChanged = line.IsUnitPriceChanged,
        Quantity = line.Quantity,
        Discounts = line.Discounts,
        DiscountsAllocated = line.DiscountsAllocated,
        Amount = line.Amount,
        TaxCode = line.TaxCode,
        IsCancelled = line.IsCancelled,
    };
}
