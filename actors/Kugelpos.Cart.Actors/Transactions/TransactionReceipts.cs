using Kugelpos.Cart.Abstractions.Plugins;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Cart.Actors.Transactions;

/// <summary>
/// The receipt and journal text of every log the cart makes (bill, cancel, void, return), rendered
/// by the configured receipt plugin just before the log is recorded, as the original's tran_service.
/// </summary>
public static class TransactionReceipts
{
    /// <summary>The log with the texts <paramref name="receipt"/> renders; unchanged when no receipt plugin is configured.</summary>
    /// <param name="receipt">The receipt plugin, or null.</param>
    /// <param name="log">The log, complete but for its texts.</param>
    /// <param name="cancellationToken">Cancels a plugin that calls out.</param>
    public static async ValueTask<TransactionLog> RenderAsync(IReceiptDataPlugin? receipt, TransactionLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (receipt is null)
        {
            return log;
        }

        var texts = await receipt.RenderAsync(log, cancellationToken);
        return log with { ReceiptText = texts.ReceiptText, JournalText = texts.JournalText };
    }
}
