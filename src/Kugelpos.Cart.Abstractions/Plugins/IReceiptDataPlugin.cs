using Kugelpos.Receipts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Abstractions.Plugins;

/// <summary>
/// A receipt layout (the original's AbstractReceiptData): renders a transaction into the receipt text
/// and the journal text. It takes the transaction log rather than the cart because voids and returns
/// have no cart; a cart becomes one through <see cref="CartTransactionLog.From"/>.
/// </summary>
public interface IReceiptDataPlugin : ISalesPlugin
{
    /// <summary>Renders the receipt and the journal text.</summary>
    /// <param name="transaction">The transaction, numbered, with its totals, payments and staff.</param>
    /// <param name="cancellationToken">Cancels a plugin that calls out.</param>
    ValueTask<ReceiptData> RenderAsync(TransactionLog transaction, CancellationToken cancellationToken);
}
