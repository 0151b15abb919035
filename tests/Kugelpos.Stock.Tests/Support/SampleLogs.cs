using Kugelpos.Contracts;
using Kugelpos.Contracts.Transactions;

namespace Kugelpos.Stock.Tests.Support;

/// <summary>Transaction logs as the cart publishes them, with only what stock reads.</summary>
internal static class SampleLogs
{
    /// <summary>A log of <paramref name="type"/> with one line per (item, quantity).</summary>
    public static TransactionLog Of(TransactionType type, params (string Item, int Quantity)[] lines) => new()
    {
        EventId = Guid.NewGuid(),
        TenantId = StockTestService.Tenant,
        StoreCode = StockTestService.Store,
        TerminalNo = 1,
        TransactionNo = 17,
        TransactionType = type,
        LineItems = [.. lines.Select((line, index) => new TransactionLineItem { LineNo = index + 1, ItemCode = line.Item, Quantity = line.Quantity })],
    };

    public static TransactionLog Sale(params (string Item, int Quantity)[] lines) => Of(TransactionType.NormalSales, lines);
}
