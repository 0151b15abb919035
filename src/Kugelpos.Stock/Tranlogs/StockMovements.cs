using System.Globalization;
using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;
using Kugelpos.Stock.Stocks;

namespace Kugelpos.Stock.Tranlogs;

/// <summary>
/// What a transaction log does to stock, as the original's <c>process_transaction_async</c>: a sale
/// takes its quantities away, a void of it puts them back, a return puts them back and a void of a
/// return takes them away again. A cancelled transaction, a cancelled line, a line of no quantity and
/// any other transaction type move nothing.
/// </summary>
internal static class StockMovements
{
    /// <summary>The changes <paramref name="log"/> makes, one per line that moves stock, each with an id of the event and the line.</summary>
    /// <exception cref="ArgumentException">A line that moves stock names no valid item code.</exception>
    public static IReadOnlyList<StockChange> Of(TransactionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.Sales?.IsCancelled == true || Direction(log.TransactionType) is not { } direction)
        {
            return [];
        }

        var reference = log.TransactionNo?.ToString(CultureInfo.InvariantCulture);
        var changes = new List<StockChange>();
        for (var index = 0; index < log.LineItems.Count; index++)
        {
            var line = log.LineItems[index];
            if (line.IsCancelled || line.Quantity <= 0)
            {
                continue;
            }

            if (!StockKey.IsValidCode(line.ItemCode))
            {
                throw new ArgumentException($"line {index + 1} names no valid item_code", nameof(log));
            }

            var lineNo = line.LineNo ?? index + 1;
            changes.Add(new StockChange(
                string.Create(CultureInfo.InvariantCulture, $"{log.EventId:N}-{lineNo}"),
                new StockKey(log.StoreCode, line.ItemCode),
                direction.Sign * line.Quantity,
                direction.UpdateType,
                reference));
        }

        return changes;
    }

    private static (int Sign, string UpdateType)? Direction(TransactionType? type) => type switch
    {
        TransactionType.NormalSales => (-1, StockUpdateTypes.Sale),
        TransactionType.VoidSales => (1, StockUpdateTypes.Void),
        TransactionType.ReturnSales => (1, StockUpdateTypes.Return),
        TransactionType.VoidReturn => (-1, StockUpdateTypes.VoidReturn),
        _ => null,
    };
}
